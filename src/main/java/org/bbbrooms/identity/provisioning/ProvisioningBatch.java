package org.bbbrooms.identity.provisioning;

import java.util.List;

/**
 * What a host portal wants to exist, keyed by its own ids ({@code externalId}): users, courses, groups of courses,
 * enrollments and group members. Rows refer to each other, and to what was provisioned before, by those ids. Roles
 * are strings so that a wrong one is reported with its row rather than refusing the whole request as unreadable.
 * <p>Use: {@code provisioning.apply(actor, new ProvisioningBatch(List.of(new UserRow("u42", "alice", "Alice",
 * "alice@example.org", "STUDENT", null)), List.of(), List.of(), List.of(), List.of()), false)}.
 */
public record ProvisioningBatch(List<UserRow> users, List<CourseRow> courses, List<GroupRow> groups,
        List<EnrollmentRow> enrollments, List<MemberRow> members) {

    public ProvisioningBatch {
        users = users == null ? List.of() : users;
        courses = courses == null ? List.of() : courses;
        groups = groups == null ? List.of() : groups;
        enrollments = enrollments == null ? List.of() : enrollments;
        members = members == null ? List.of() : members;
    }

    /** A user; {@code password} may be null (the user then signs in through embed or join links). */
    public record UserRow(String externalId, String username, String displayName, String email, String role,
            String password) {

        @Override
        public String toString() {
            return "UserRow[" + externalId + ", " + username + "]";
        }
    }

    /** A course; its code is the one the portal shows ("MATH101"). */
    public record CourseRow(String externalId, String code, String title) {
    }

    /** A group of the course whose external id is {@code course}. */
    public record GroupRow(String course, String externalId, String name) {
    }

    /** The user {@code user} enrolled in the course {@code course} as TEACHER or STUDENT. */
    public record EnrollmentRow(String course, String user, String role) {
    }

    /** The user {@code user} in the group {@code group} of the course {@code course}; they must be enrolled in it. */
    public record MemberRow(String course, String group, String user) {
    }

    public static ProvisioningBatch ofUser(UserRow row) {
        return new ProvisioningBatch(List.of(row), null, null, null, null);
    }

    public static ProvisioningBatch ofCourse(CourseRow row) {
        return new ProvisioningBatch(null, List.of(row), null, null, null);
    }

    public static ProvisioningBatch ofGroup(GroupRow row) {
        return new ProvisioningBatch(null, null, List.of(row), null, null);
    }

    public static ProvisioningBatch ofEnrollment(EnrollmentRow row) {
        return new ProvisioningBatch(null, null, null, List.of(row), null);
    }

    public static ProvisioningBatch ofMember(MemberRow row) {
        return new ProvisioningBatch(null, null, null, null, List.of(row));
    }

    public int size() {
        return users.size() + courses.size() + groups.size() + enrollments.size() + members.size();
    }
}

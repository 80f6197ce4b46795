package org.bbbrooms.identity.provisioning;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.Passwords;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.CourseRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.EnrollmentRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.GroupRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.MemberRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.UserRow;
import org.bbbrooms.identity.provisioning.ProvisioningReport.Counts;
import org.bbbrooms.identity.provisioning.ProvisioningReport.Outcome;

/**
 * Writes a batch that {@link BatchCheck} found clean: new rows are persisted, existing ones get only the values
 * that differ, so that a row already as asked changes nothing (no update, no version bump). It issues no query of
 * its own: everything it needs was read by {@link Existing}, so the persistence context is flushed once, at commit.
 */
final class BatchWriter {

    private final EntityManager em;
    private final Passwords passwords;
    private final Existing db;
    private final Map<String, User> users;
    private final Map<String, Course> courses;
    private final Map<String, CourseGroup> groups;

    BatchWriter(EntityManager em, Passwords passwords, Existing db) {
        this.em = em;
        this.passwords = passwords;
        this.db = db;
        this.users = new HashMap<>(db.usersByExternalId);
        this.courses = new HashMap<>(db.coursesByExternalId);
        this.groups = new HashMap<>(db.groupsByExternalId);
    }

    /** Courses first, then users, groups, enrollments and members, so that each can refer to the ones before. */
    ProvisioningReport write(ProvisioningBatch batch) {
        Counts courseCounts = each(batch.courses(), this::course);
        Counts userCounts = each(batch.users(), this::user);
        return new ProvisioningReport(userCounts, courseCounts, each(batch.groups(), this::group),
                each(batch.enrollments(), this::enrollment), each(batch.members(), this::member));
    }

    private static <R> Counts each(List<R> rows, Function<R, Outcome> write) {
        Counts counts = Counts.NONE;
        for (R row : rows) {
            counts = counts.plus(write.apply(row));
        }
        return counts;
    }

    private Outcome user(UserRow row) {
        PlatformRole role = BatchCheck.parse(PlatformRole.class, row.role()).orElseThrow();
        User user = users.get(row.externalId());
        if (user == null) {
            user = new User(row.username(), row.displayName(), row.email(), role);
            user.setExternalId(row.externalId());
            if (row.password() != null) {
                passwords.set(user, row.password().toCharArray());
            }
            em.persist(user);
            users.put(row.externalId(), user);
            return Outcome.CREATED;
        }
        boolean same = user.getUsername().equals(User.normalizeUsername(row.username()))
                && user.getDisplayName().equals(row.displayName().trim()) && user.getEmail().equals(row.email().trim())
                && user.getRole() == role && user.isActive()
                && (row.password() == null || passwords.matches(Optional.of(user), row.password().toCharArray()));
        if (same) {
            return Outcome.UNCHANGED;
        }
        user.setUsername(row.username());
        user.setDisplayName(row.displayName());
        user.setEmail(row.email());
        user.setRole(role);
        user.setActive(true);
        if (row.password() != null) {
            passwords.set(user, row.password().toCharArray());
        }
        return Outcome.UPDATED;
    }

    private Outcome course(CourseRow row) {
        Course course = courses.get(row.externalId());
        if (course == null) {
            course = new Course(row.code(), row.title());
            course.setExternalId(row.externalId());
            em.persist(course);
            courses.put(row.externalId(), course);
            return Outcome.CREATED;
        }
        if (course.getCode().equals(Course.normalizeCode(row.code())) && course.getTitle().equals(row.title().trim())
                && course.isActive()) {
            return Outcome.UNCHANGED;
        }
        course.setCode(row.code());
        course.setTitle(row.title());
        course.setActive(true);
        return Outcome.UPDATED;
    }

    private Outcome group(GroupRow row) {
        CourseGroup group = groups.get(row.externalId());
        if (group == null) {
            group = new CourseGroup(courses.get(row.course()), row.name());
            group.setExternalId(row.externalId());
            em.persist(group);
            groups.put(row.externalId(), group);
            return Outcome.CREATED;
        }
        if (group.getName().equals(row.name().trim()) && group.isActive()) {
            return Outcome.UNCHANGED;
        }
        group.setName(row.name());
        group.setActive(true);
        return Outcome.UPDATED;
    }

    private Outcome enrollment(EnrollmentRow row) {
        CourseRole role = BatchCheck.parse(CourseRole.class, row.role()).orElseThrow();
        User user = users.get(row.user());
        Course course = courses.get(row.course());
        Optional<Enrollment> existing = db.enrollment(user, course);
        if (existing.isEmpty()) {
            em.persist(new Enrollment(user, course, role));
            return Outcome.CREATED;
        }
        Enrollment enrollment = existing.get();
        if (enrollment.getRole() == role && enrollment.isActive()) {
            return Outcome.UNCHANGED;
        }
        enrollment.setRole(role);
        enrollment.setActive(true);
        return Outcome.UPDATED;
    }

    private Outcome member(MemberRow row) {
        CourseGroup group = groups.get(row.group());
        User user = users.get(row.user());
        if (db.isMember(group, user)) {
            return Outcome.UNCHANGED;
        }
        group.addMember(user);
        return Outcome.CREATED;
    }
}

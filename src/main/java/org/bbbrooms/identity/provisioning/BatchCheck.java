package org.bbbrooms.identity.provisioning;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.Passwords;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.CourseRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.EnrollmentRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.GroupRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.MemberRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.UserRow;
import org.bbbrooms.identity.provisioning.RowProblem.Kind;

/**
 * Checks every row of a batch against the entities' own rules (Bean Validation), against the other rows and
 * against the database ({@link Existing}), before anything is written; it collects every problem rather than
 * stopping at the first. A provisioned user never takes over an account it does not own: a username (or a course
 * code) that belongs to a local account, or to another external id, is a conflict.
 */
final class BatchCheck {

    /** The external ids we accept: safe in a URL path without encoding. */
    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private final Validator validator;
    private final Existing db;
    private final boolean passwordsAllowed;
    private final List<RowProblem> problems = new ArrayList<>();

    private BatchCheck(Validator validator, Existing db, boolean passwordsAllowed) {
        this.validator = validator;
        this.db = db;
        this.passwordsAllowed = passwordsAllowed;
    }

    static List<RowProblem> problems(ProvisioningBatch batch, Validator validator, Existing db,
            boolean passwordsAllowed) {
        BatchCheck check = new BatchCheck(validator, db, passwordsAllowed);
        check.users(batch.users());
        check.courses(batch.courses());
        Set<String> courseIds = ids(batch.courses(), CourseRow::externalId);
        Set<String> userIds = ids(batch.users(), UserRow::externalId);
        Map<String, String> groupCourses = check.groups(batch.groups(), courseIds);
        Set<String> enrolled = check.enrollments(batch.enrollments(), courseIds, userIds);
        check.members(batch.members(), courseIds, groupCourses, userIds, enrolled);
        return check.problems;
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return value == null ? Optional.empty()
                    : Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void users(List<UserRow> rows) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            UserRow row = rows.get(i);
            Row at = row("users", i);
            boolean validId = externalId(at, row.externalId(), ids);
            Optional<PlatformRole> role = parse(PlatformRole.class, row.role());
            if (role.isEmpty()) {
                at.add("role", Kind.INVALID, "provisioning.role.unknown", row.role(),
                        Arrays.toString(PlatformRole.values()));
            }
            User user = new User(row.username(), row.displayName(), row.email(), role.orElse(PlatformRole.STUDENT));
            violations(at, validator.validate(user));
            if (row.password() != null && !passwordsAllowed) {
                at.add("password", Kind.INVALID, "provisioning.password.bulk");
            } else if (row.password() != null && row.password().length() < Passwords.MIN_LENGTH) {
                at.add("password", Kind.INVALID, "password.tooShort", Passwords.MIN_LENGTH);
            }
            if (user.getUsername() != null) {
                duplicate(at, "username", user.getUsername(), names);
                User owner = db.usersByUsername.get(user.getUsername());
                if (validId && owner != null && !owner.getExternalId().equals(Optional.of(row.externalId()))) {
                    at.add("username", Kind.CONFLICT, "provisioning.username.taken", user.getUsername());
                }
            }
        }
    }

    private void courses(List<CourseRow> rows) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CourseRow row = rows.get(i);
            Row at = row("courses", i);
            boolean validId = externalId(at, row.externalId(), ids);
            Course course = new Course(row.code(), row.title());
            violations(at, validator.validate(course));
            if (course.getCode() != null) {
                duplicate(at, "code", course.getCode(), codes);
                Course owner = db.coursesByCode.get(course.getCode());
                if (validId && owner != null && !owner.getExternalId().equals(Optional.of(row.externalId()))) {
                    at.add("code", Kind.CONFLICT, "provisioning.code.taken", course.getCode());
                }
            }
            if (validId && db.coursesByExternalId.containsKey(row.externalId())
                    && db.coursesByExternalId.get(row.externalId()).isDeleted()) {
                at.add("externalId", Kind.CONFLICT, "provisioning.course.deleted", row.externalId());
            }
        }
    }

    /** Checks the groups; gives the course of each group the batch names, by the group's external id. */
    private Map<String, String> groups(List<GroupRow> rows, Set<String> batchCourses) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, String> courses = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            GroupRow row = rows.get(i);
            Row at = row("groups", i);
            boolean knownCourse = course(at, row.course(), batchCourses);
            boolean validId = externalId(at, row.externalId(), ids);
            String name = row.name() == null ? null : row.name().trim();
            violations(at, validator.validateValue(CourseGroup.class, "name", name));
            if (validId) {
                courses.put(row.externalId(), row.course());
                Optional.ofNullable(db.groupsByExternalId.get(row.externalId()))
                        .filter(g -> !g.getCourse().getExternalId().equals(Optional.ofNullable(row.course())))
                        .ifPresent(g -> at.add("course", Kind.CONFLICT, "provisioning.group.otherCourse",
                                row.externalId(), g.getCourse().getCode()));
            }
            if (name != null && !name.isEmpty() && knownCourse) {
                duplicate(at, "name", row.course() + "\n" + name.toLowerCase(Locale.ROOT), names);
                if (validId) {
                    db.liveCourse(row.course()).flatMap(c -> db.otherGroupNamed(c, name, row.externalId()))
                            .ifPresent(g -> at.add("name", Kind.CONFLICT, "group.name.taken", name));
                }
            }
        }
        return courses;
    }

    /** Checks the enrollments; gives the pairs "course\nuser" that the batch enrolls. */
    private Set<String> enrollments(List<EnrollmentRow> rows, Set<String> batchCourses, Set<String> batchUsers) {
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            EnrollmentRow row = rows.get(i);
            Row at = row("enrollments", i);
            boolean known = course(at, row.course(), batchCourses) & user(at, row.user(), batchUsers);
            if (parse(CourseRole.class, row.role()).isEmpty()) {
                at.add("role", Kind.INVALID, "provisioning.role.unknown", row.role(),
                        Arrays.toString(CourseRole.values()));
            }
            if (known) {
                duplicate(at, "user", row.course() + "\n" + row.user(), pairs);
            }
        }
        return pairs.keySet();
    }

    private void members(List<MemberRow> rows, Set<String> batchCourses, Map<String, String> batchGroups,
            Set<String> batchUsers, Set<String> batchEnrolled) {
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            MemberRow row = rows.get(i);
            Row at = row("members", i);
            boolean known = course(at, row.course(), batchCourses) & user(at, row.user(), batchUsers);
            boolean groupOfCourse = Objects.equals(batchGroups.get(row.group()), row.course())
                    || Optional.ofNullable(db.groupsByExternalId.get(row.group()))
                    .filter(g -> g.getCourse().getExternalId().equals(Optional.ofNullable(row.course()))).isPresent();
            if (!groupOfCourse) {
                at.add("group", Kind.UNKNOWN, "provisioning.group.unknown", row.group(), row.course());
            } else if (known && !batchEnrolled.contains(row.course() + "\n" + row.user()) && !enrolledBefore(row)) {
                at.add("user", Kind.CONFLICT, "group.member.notEnrolled", row.user(), row.course());
            } else if (known) {
                duplicate(at, "user", row.group() + "\n" + row.user(), pairs);
            }
        }
    }

    private boolean enrolledBefore(MemberRow row) {
        User user = db.usersByExternalId.get(row.user());
        return user != null && db.liveCourse(row.course()).flatMap(c -> db.enrollment(user, c))
                .filter(e -> e.isActive()).isPresent();
    }

    private boolean externalId(Row at, String externalId, Map<String, Integer> seen) {
        if (externalId == null || !EXTERNAL_ID.matcher(externalId).matches()) {
            at.add("externalId", Kind.INVALID, "provisioning.externalId.invalid", String.valueOf(externalId));
            return false;
        }
        return duplicate(at, "externalId", externalId, seen);
    }

    private boolean course(Row at, String externalId, Set<String> batchCourses) {
        if (externalId == null || !batchCourses.contains(externalId) && db.liveCourse(externalId).isEmpty()) {
            at.add("course", Kind.UNKNOWN, "provisioning.course.unknown", String.valueOf(externalId));
            return false;
        }
        return true;
    }

    private boolean user(Row at, String externalId, Set<String> batchUsers) {
        if (externalId == null || !batchUsers.contains(externalId) && !db.usersByExternalId.containsKey(externalId)) {
            at.add("user", Kind.UNKNOWN, "provisioning.user.unknown", String.valueOf(externalId));
            return false;
        }
        return true;
    }

    /** Records the key's first row; a later row with the same key is a problem. */
    private static boolean duplicate(Row at, String field, String key, Map<String, Integer> seen) {
        Integer first = seen.putIfAbsent(key, at.index());
        if (first != null) {
            at.add(field, Kind.INVALID, "provisioning.duplicate", at.section(), first);
        }
        return first == null;
    }

    private static <T> void violations(Row at, Set<ConstraintViolation<T>> violations) {
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            String template = v.getMessageTemplate();
            String path = v.getPropertyPath().toString();
            at.add(path.isEmpty() ? "name" : path, Kind.INVALID, template.substring(1, template.length() - 1));
        });
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Row row(String section, int index) {
        return new Row(section, index, problems);
    }

    /** One row being checked, and where its problems go. */
    private record Row(String section, int index, List<RowProblem> problems) {

        void add(String field, Kind kind, String key, Object... args) {
            problems.add(RowProblem.of(section, index, field, kind, key, args));
        }
    }
}

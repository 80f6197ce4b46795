package org.bbbrooms.identity.csv;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.identity.AccountEvent;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.identity.GroupService;
import org.bbbrooms.identity.Passwords;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;

/**
 * The rules of a CSV row, for one batch of rows in the caller's transaction: {@link #check} reports the first
 * problem of each row and writes nothing; {@link #write} checks again (the portal may have changed since) and writes
 * the rows that still pass: new users (a username already taken is a problem), or enrollments that are upserted
 * (enrolling someone again updates their role and reactivates them) with their group. Each written batch fires an
 * {@link AccountEvent} saying who imported what, which the audit log keeps in the same transaction.
 * <p>Use: {@code rows.check(ImportKind.USERS, batch, seen)}, where {@code seen} carries the usernames of earlier
 * batches of the file to find duplicates.
 */
@Stateless
public class ImportRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Passwords passwords;

    @Inject
    UserService users;

    @Inject
    CourseService courses;

    @Inject
    EnrollmentService enrollments;

    @Inject
    GroupService groups;

    @Inject
    Event<AccountEvent> events;

    /** What writing a batch did: the rows written, and the rows refused. */
    public record Written(int imported, List<ImportProblem> problems) {
    }

    /** A new user the batch brings in, with the password to set (empty for none). */
    private record NewUser(User user, String password) {
    }

    /** An enrollment the batch makes or updates. */
    private record Planned(User user, Course course, CourseRole role, Optional<CourseGroup> group) {
    }

    /** The problems of the rows, one at most per row; {@code seen} gains the batch's usernames (users only). */
    public List<ImportProblem> check(ImportKind kind, List<CsvRows.Row> rows, Map<String, Long> seen) {
        List<ImportProblem> problems = new ArrayList<>();
        if (kind == ImportKind.USERS) {
            planUsers(rows, seen, problems);
        } else {
            planEnrollments(rows, problems);
        }
        return problems;
    }

    public Written write(ImportKind kind, List<CsvRows.Row> rows, Actor admin) {
        List<ImportProblem> problems = new ArrayList<>();
        List<String> names;
        if (kind == ImportKind.USERS) {
            List<NewUser> planned = planUsers(rows, new HashMap<>(), problems);
            planned.forEach(this::persist);
            names = planned.stream().map(p -> p.user().getUsername()).toList();
        } else {
            List<Planned> planned = planEnrollments(rows, problems);
            planned.forEach(this::enroll);
            names = planned.stream().map(p -> p.user().getUsername() + " → " + p.course().getCode()).toList();
        }
        if (!names.isEmpty()) {
            events.fire(new AccountEvent(kind == ImportKind.USERS ? AccountEvent.Kind.USERS_IMPORTED
                    : AccountEvent.Kind.ENROLLMENTS_IMPORTED, Optional.of(admin), String.valueOf(names.size()),
                    Optional.of(String.join(", ", names))));
        }
        return new Written(names.size(), problems);
    }

    private List<NewUser> planUsers(List<CsvRows.Row> rows, Map<String, Long> seen, List<ImportProblem> problems) {
        List<NewUser> planned = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            Optional<PlatformRole> role = parse(PlatformRole.class, row.get("role"));
            User user = new User(row.get("username"), row.get("displayname"), row.get("email"), role.orElse(null));
            String password = row.get("password");
            Long firstLine = seen.putIfAbsent(user.getUsername(), row.line());
            Optional<ImportProblem> problem = role.isEmpty()
                    ? Optional.of(new ImportProblem(row.line(), "import.unknownRole", row.get("role"),
                            Arrays.toString(PlatformRole.values())))
                    : firstViolation(row.line(), user)
                    .or(() -> firstLine != null
                            ? Optional.of(new ImportProblem(row.line(), "import.duplicate", user.getUsername(), firstLine))
                            : Optional.empty())
                    .or(() -> users.findByUsername(user.getUsername()).isPresent()
                            ? Optional.of(new ImportProblem(row.line(), "import.taken", user.getUsername()))
                            : Optional.empty())
                    .or(() -> !password.isEmpty() && password.length() < Passwords.MIN_LENGTH
                            ? Optional.of(new ImportProblem(row.line(), "password.tooShort", Passwords.MIN_LENGTH))
                            : Optional.empty());
            problem.ifPresentOrElse(problems::add, () -> planned.add(new NewUser(user, password)));
        }
        return planned;
    }

    private void persist(NewUser user) {
        if (!user.password().isEmpty()) {
            passwords.set(user.user(), user.password().toCharArray());
        }
        em.persist(user.user());
    }

    private List<Planned> planEnrollments(List<CsvRows.Row> rows, List<ImportProblem> problems) {
        List<Planned> planned = new ArrayList<>();
        Map<Long, List<CourseGroup>> groupsOf = new HashMap<>();
        for (CsvRows.Row row : rows) {
            Optional<User> user = users.findByUsername(row.get("username"));
            Optional<Course> course = courses.findByCode(row.get("course")).filter(c -> !c.isDeleted());
            Optional<CourseRole> role = parse(CourseRole.class, row.get("courserole"));
            String groupName = row.get("group");
            Optional<CourseGroup> group = course.flatMap(c -> groupName.isEmpty()
                    ? Optional.empty()
                    : groupsOf.computeIfAbsent(c.getId(), id -> groups.ofCourse(id, false)).stream()
                    .filter(g -> g.getName().equalsIgnoreCase(groupName)).findFirst());
            if (user.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "import.unknownUser", row.get("username")));
            } else if (course.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "import.unknownCourse", row.get("course")));
            } else if (role.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "import.unknownRole", row.get("courserole"),
                        Arrays.toString(CourseRole.values())));
            } else if (!groupName.isEmpty() && group.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "import.unknownGroup", course.get().getCode(), groupName));
            } else {
                planned.add(new Planned(user.get(), course.get(), role.get(), group));
            }
        }
        return planned;
    }

    private void enroll(Planned p) {
        Enrollment enrollment = enrollments.find(p.user().getId(), p.course().getId()).orElseGet(() -> {
            Enrollment created = new Enrollment(p.user(), p.course(), p.role());
            em.persist(created);
            return created;
        });
        enrollment.setRole(p.role());
        enrollment.setActive(true);
        p.group().ifPresent(g -> g.addMember(p.user()));
    }

    private Optional<ImportProblem> firstViolation(long line, User user) {
        return validator.validate(user).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .findFirst()
                .map(ConstraintViolation::getMessageTemplate)
                .map(template -> new ImportProblem(line, template.substring(1, template.length() - 1)));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

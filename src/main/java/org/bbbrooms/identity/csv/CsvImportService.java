package org.bbbrooms.identity.csv;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.bbbrooms.identity.Roles;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;

/**
 * Imports users, or enrollments with optional group membership, from a CSV file, all or nothing: every row is
 * checked first and the first problem of each row is reported with its line number; only a clean file is written,
 * in one transaction, with an {@link AccountEvent} saying who imported what (the audit log keeps it).
 * <p>Use: {@code ImportReport report = imports.importCsv(ImportKind.USERS, reader, activeUser.actor());}
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CsvImportService {

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

    public ImportReport importCsv(ImportKind kind, Reader reader, Actor admin) {
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvRows.Row> rows = CsvRows.read(reader, kind, problems);
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(2, "import.empty"));
        }
        if (rows.isEmpty()) {
            return ImportReport.failed(problems);
        }
        ImportReport report = kind == ImportKind.USERS ? importUsers(rows, problems) : importEnrollments(rows, problems);
        if (!report.succeeded()) {
            return ImportReport.failed(report.problems().stream()
                    .sorted(Comparator.comparingLong(ImportProblem::line)).toList());
        }
        events.fire(new AccountEvent(kind == ImportKind.USERS ? AccountEvent.Kind.USERS_IMPORTED
                : AccountEvent.Kind.ENROLLMENTS_IMPORTED, Optional.of(admin), String.valueOf(report.imported()),
                Optional.of(rows.stream().map(row -> kind == ImportKind.USERS ? row.get("username")
                        : row.get("username") + " → " + row.get("course")).collect(Collectors.joining(", ")))));
        return report;
    }

    private ImportReport importUsers(List<CsvRows.Row> rows, List<ImportProblem> problems) {
        Map<String, Long> seen = new HashMap<>();
        List<User> created = new ArrayList<>();
        List<String> passwordsToSet = new ArrayList<>();
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
            problem.ifPresent(problems::add);
            created.add(user);
            passwordsToSet.add(password);
        }
        if (!problems.isEmpty()) {
            return ImportReport.failed(problems);
        }
        for (int i = 0; i < created.size(); i++) {
            if (!passwordsToSet.get(i).isEmpty()) {
                passwords.set(created.get(i), passwordsToSet.get(i).toCharArray());
            }
            em.persist(created.get(i));
        }
        return new ImportReport(created.size(), List.of());
    }

    private ImportReport importEnrollments(List<CsvRows.Row> rows, List<ImportProblem> problems) {
        record Planned(User user, Course course, CourseRole role, Optional<CourseGroup> group) {
        }
        List<Planned> planned = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            Optional<User> user = users.findByUsername(row.get("username"));
            Optional<Course> course = courses.findByCode(row.get("course")).filter(c -> !c.isDeleted());
            Optional<CourseRole> role = parse(CourseRole.class, row.get("courserole"));
            String groupName = row.get("group");
            Optional<CourseGroup> group = course.flatMap(c -> groupName.isEmpty()
                    ? Optional.empty()
                    : groups.ofCourse(c.getId(), false).stream()
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
        if (!problems.isEmpty()) {
            return ImportReport.failed(problems);
        }
        for (Planned p : planned) {
            Enrollment enrollment = enrollments.find(p.user().getId(), p.course().getId())
                    .orElseGet(() -> persist(new Enrollment(p.user(), p.course(), p.role())));
            enrollment.setRole(p.role());
            enrollment.setActive(true);
            p.group().ifPresent(g -> g.addMember(p.user()));
        }
        return new ImportReport(planned.size(), List.of());
    }

    private Enrollment persist(Enrollment enrollment) {
        em.persist(enrollment);
        return enrollment;
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

package org.bbbrooms.identity.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.UUID;
import org.bbbrooms.identity.AccountEvent;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.testing.FiredEvents;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CsvImportServiceTest {

    private static final Actor ADMIN = new Actor(1, "admin", "Admin", PlatformRole.ADMIN);

    /** What the import told the audit log. */
    private final List<AccountEvent> events = new CopyOnWriteArrayList<>();

    private ImportReport importCsv(Jpa jpa, ImportKind kind, String csv) {
        return jpa.tx(em -> service(em).importCsv(kind, new StringReader(csv), ADMIN));
    }

    private CsvImportService service(EntityManager em) {
        IdentityServices s = IdentityServices.on(em);
        CsvImportService service = new CsvImportService();
        service.em = em;
        service.validator = Validation.buildDefaultValidatorFactory().getValidator();
        service.passwords = IdentityServices.passwords();
        service.users = s.users();
        service.courses = s.courses();
        service.enrollments = s.enrollments();
        service.groups = s.groups();
        FiredEvents<AccountEvent> fired = new FiredEvents<>();
        fired.observe(events::add);
        service.events = fired;
        return service;
    }

    private static boolean exists(Jpa jpa, String username) {
        return jpa.tx(em -> IdentityServices.on(em).users().findByUsername(username)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGoodUsersFileImportsEveryRowWithAccentsQuotesAndABom(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "\uFEFFusername,displayName,email,role,password\r\n"
                + "zoe" + tag + ",\"Zoé, Ménard\",zoe@example.org,student,a long password\r\n"
                + "yan" + tag + ",Yann Le Gall,yan@example.org,TEACHER,\r\n";
        ImportReport report = importCsv(jpa, ImportKind.USERS, csv);
        assertTrue(report.succeeded(), report.problems().toString());
        assertEquals(2, report.imported());
        User zoe = jpa.tx(em -> IdentityServices.on(em).users().findByUsername("zoe" + tag)).orElseThrow();
        assertEquals("Zoé, Ménard", zoe.getDisplayName());
        assertTrue(zoe.hasPassword());
        User yan = jpa.tx(em -> IdentityServices.on(em).users().findByUsername("yan" + tag)).orElseThrow();
        assertEquals(PlatformRole.TEACHER, yan.getRole());
        assertFalse(yan.hasPassword(), "an empty password leaves an account that cannot sign in yet");
        assertEquals(List.of(new AccountEvent(AccountEvent.Kind.USERS_IMPORTED, Optional.of(ADMIN), "2",
                Optional.of("zoe" + tag + ", yan" + tag))), events, "who imported whom, for the audit log");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBadUsersFileReportsEachBadRowByLineAndImportsNothing(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        jpa.run(em -> IdentityServices.on(em).users().create(
                new User("old" + tag, "Old", "old@example.org", PlatformRole.STUDENT), null));
        String csv = "username,displayName,email,role,password\n"
                + "good" + tag + ",Good,good@example.org,STUDENT,\n"
                + "dup" + tag + ",Dup,dup@example.org,STUDENT,\n"
                + "dup" + tag + ",Dup again,dup2@example.org,STUDENT,\n"
                + "old" + tag + ",Old,old@example.org,STUDENT,\n"
                + "wiz" + tag + ",Wizard,wiz@example.org,WIZARD,\n"
                + "mail" + tag + ",Mail,not-an-email,STUDENT,\n"
                + "pass" + tag + ",Pass,pass@example.org,STUDENT,short\n"
                + "only,two\n";
        ImportReport report = importCsv(jpa, ImportKind.USERS, csv);
        assertFalse(report.succeeded());
        assertEquals(List.of(
                        new ImportProblem(4, "import.duplicate", "dup" + tag, 3L),
                        new ImportProblem(5, "import.taken", "old" + tag),
                        new ImportProblem(6, "import.unknownRole", "WIZARD", "[ADMIN, TEACHER, STUDENT]"),
                        new ImportProblem(7, "user.email.invalid"),
                        new ImportProblem(8, "password.tooShort", 8),
                        new ImportProblem(9, "import.columns", 2, 5)),
                report.problems());
        assertFalse(exists(jpa, "good" + tag), "nothing is half-imported");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWrongHeaderOrAnEmptyFileIsExplained(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        assertEquals(List.of(new ImportProblem(1, "import.header", ImportKind.USERS.headerHint())),
                importCsv(jpa, ImportKind.USERS, "login;name;mail\nx;y;z\n").problems());
        assertEquals("import.empty", importCsv(jpa, ImportKind.USERS, "").problems().get(0).key());
        assertEquals("import.empty",
                importCsv(jpa, ImportKind.USERS, "username,displayName,email,role\n").problems().get(0).key());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void enrollmentsWithGroupsImportAllOrNothingWithSemicolons(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long courseId = jpa.tx(em -> {
            IdentityServices s = IdentityServices.on(em);
            s.users().create(new User("s1" + tag, "S1", "s1@example.org", PlatformRole.STUDENT), null);
            s.users().create(new User("t1" + tag, "T1", "t1@example.org", PlatformRole.TEACHER), null);
            Course course = s.courses().create(new Course("E" + tag, "Enrolments"));
            s.groups().create(course.getId(), "Team 1");
            return course.getId();
        });
        String bad = "username;course;courseRole;group\n"
                + "s1" + tag + ";E" + tag + ";STUDENT;Team 1\n"
                + "ghost" + tag + ";E" + tag + ";STUDENT;\n"
                + "t1" + tag + ";NOPE" + tag + ";TEACHER;\n"
                + "t1" + tag + ";E" + tag + ";TEACHER;Team 9\n";
        ImportReport failed = importCsv(jpa, ImportKind.ENROLLMENTS, bad);
        assertEquals(List.of(3L, 4L, 5L), failed.problems().stream().map(ImportProblem::line).toList());
        assertEquals(List.of("import.unknownUser", "import.unknownCourse", "import.unknownGroup"),
                failed.problems().stream().map(ImportProblem::key).toList());
        assertTrue(jpa.tx(em -> IdentityServices.on(em).enrollments().ofCourse(courseId)).isEmpty());

        String good = "username;course;courseRole;group\n"
                + "s1" + tag + ";e" + tag + ";student;team 1\n"
                + "t1" + tag + ";E" + tag + ";TEACHER;\n";
        ImportReport done = importCsv(jpa, ImportKind.ENROLLMENTS, good);
        assertTrue(done.succeeded(), done.problems().toString());
        assertEquals(2, jpa.tx(em -> IdentityServices.on(em).enrollments().ofCourse(courseId)).size());
        assertEquals(CourseRole.TEACHER, jpa.tx(em -> {
            IdentityServices s = IdentityServices.on(em);
            return s.enrollments().roleOf(s.users().findByUsername("t1" + tag).orElseThrow().getId(), courseId);
        }).orElseThrow());
        int members = jpa.tx(em -> IdentityServices.on(em).groups().ofCourse(courseId, true).get(0).getMembers().size());
        assertEquals(1, members);
    }
}

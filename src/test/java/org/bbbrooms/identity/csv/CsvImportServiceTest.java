package org.bbbrooms.identity.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bbbrooms.identity.AccountEvent;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of the CSV import, run as the background job runs them (checked, then written in batches), on each
 * database: what a good file brings in, how a bad one is reported by line with nothing written, and what the audit
 * log is told.
 */
class CsvImportServiceTest {

    /** An import run to its end: the job's view, its report, what the audit log was told and by whom. */
    private record Outcome(ImportJobView job, List<ImportProblem> problems, List<AccountEvent> events, Actor admin) {

        boolean succeeded() {
            return job.status() == ImportStatus.DONE && problems.isEmpty();
        }
    }

    private static Outcome importCsv(Jpa jpa, ImportKind kind, String csv) {
        ImportFixture imports = new ImportFixture(jpa);
        long id = imports.startAndRun(kind, csv);
        return new Outcome(imports.job(id), imports.store.problems(id), imports.events, imports.admin);
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
        Outcome report = importCsv(jpa, ImportKind.USERS, csv);
        assertTrue(report.succeeded(), report.problems().toString());
        assertEquals(2, report.job().imported());
        assertEquals(2, report.job().total());
        User zoe = jpa.tx(em -> IdentityServices.on(em).users().findByUsername("zoe" + tag)).orElseThrow();
        assertEquals("Zoé, Ménard", zoe.getDisplayName());
        assertTrue(zoe.hasPassword());
        User yan = jpa.tx(em -> IdentityServices.on(em).users().findByUsername("yan" + tag)).orElseThrow();
        assertEquals(PlatformRole.TEACHER, yan.getRole());
        assertFalse(yan.hasPassword(), "an empty password leaves an account that cannot sign in yet");
        assertEquals(List.of(new AccountEvent(AccountEvent.Kind.USERS_IMPORTED, Optional.of(report.admin()), "2",
                Optional.of("zoe" + tag + ", yan" + tag))), report.events(), "who imported whom, for the audit log");
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
        Outcome report = importCsv(jpa, ImportKind.USERS, csv);
        assertEquals(ImportStatus.REJECTED, report.job().status());
        assertEquals(List.of(
                        new ImportProblem(4, "import.duplicate", "dup" + tag, "3"),
                        new ImportProblem(5, "import.taken", "old" + tag),
                        new ImportProblem(6, "import.unknownRole", "WIZARD", "[ADMIN, TEACHER, STUDENT]"),
                        new ImportProblem(7, "user.email.invalid"),
                        new ImportProblem(8, "password.tooShort", "8"),
                        new ImportProblem(9, "import.columns", "2", "5")),
                report.problems(), "kept with their arguments as text, for the page to word them");
        assertEquals(6, report.job().errors());
        assertEquals(0, report.job().imported());
        assertFalse(exists(jpa, "good" + tag), "nothing is half-imported");
        assertTrue(report.events().isEmpty(), "nothing imported, nothing audited");
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
        Outcome failed = importCsv(jpa, ImportKind.ENROLLMENTS, bad);
        assertEquals(List.of(3L, 4L, 5L), failed.problems().stream().map(ImportProblem::line).toList());
        assertEquals(List.of("import.unknownUser", "import.unknownCourse", "import.unknownGroup"),
                failed.problems().stream().map(ImportProblem::key).toList());
        assertTrue(jpa.tx(em -> IdentityServices.on(em).enrollments().ofCourse(courseId)).isEmpty());

        String good = "username;course;courseRole;group\n"
                + "s1" + tag + ";e" + tag + ";student;team 1\n"
                + "t1" + tag + ";E" + tag + ";TEACHER;\n";
        Outcome done = importCsv(jpa, ImportKind.ENROLLMENTS, good);
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

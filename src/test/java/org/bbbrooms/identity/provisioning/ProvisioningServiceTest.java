package org.bbbrooms.identity.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.CourseRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.EnrollmentRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.GroupRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.MemberRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.UserRow;
import org.bbbrooms.identity.provisioning.ProvisioningReport.Counts;
import org.bbbrooms.identity.provisioning.ProvisioningReport.Outcome;
import org.bbbrooms.identity.provisioning.RowProblem.Kind;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProvisioningServiceTest {

    static final Actor CLIENT = new Actor(0, "api-client", "Host portal", PlatformRole.ADMIN);

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    static ProvisioningService service(EntityManager em) {
        ProvisioningService service = new ProvisioningService();
        service.em = em;
        service.validator = Validation.buildDefaultValidatorFactory().getValidator();
        service.passwords = IdentityServices.passwords();
        service.maxRows = 50_000;
        return service;
    }

    static <T> T on(Jpa jpa, Function<ProvisioningService, T> work) {
        return jpa.tx(em -> work.apply(service(em)));
    }

    private UserRow alice(String displayName) {
        return new UserRow("u-" + tag, "alice" + tag, displayName, "alice@example.org", "student", null);
    }

    private static Outcome put(Jpa jpa, UserRow row) {
        return on(jpa, p -> p.applyOne(CLIENT, ProvisioningBatch.ofUser(row))).outcome();
    }

    private List<RowProblem> refused(Jpa jpa, ProvisioningBatch batch) {
        return assertThrows(ProvisioningException.class, () -> on(jpa, p -> p.apply(CLIENT, batch))).problems();
    }

    private static List<String> described(List<RowProblem> problems) {
        return problems.stream()
                .map(p -> p.section() + "[" + p.index() + "]." + p.field() + " " + p.kind() + " " + p.key()).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRepeatedPutChangesNothingAndAChangedOneUpdatesOnlyThat(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        assertEquals(Outcome.CREATED, put(jpa, alice("Alice")));
        User created = on(jpa, p -> p.user(CLIENT, "u-" + tag)).orElseThrow();
        assertFalse(created.hasPassword(), "a provisioned user signs in by links unless given a password");

        assertEquals(Outcome.UNCHANGED, put(jpa, alice("Alice")));
        assertEquals(created.getVersion(), on(jpa, p -> p.user(CLIENT, "u-" + tag)).orElseThrow().getVersion());

        assertEquals(Outcome.UPDATED, put(jpa, alice("Alice Martin")));
        User updated = on(jpa, p -> p.user(CLIENT, "u-" + tag)).orElseThrow();
        assertEquals("Alice Martin", updated.getDisplayName());
        assertEquals(created.getId(), updated.getId());
    }

    @Test
    void aPasswordGivenToOnePutIsHashedAndTheSamePasswordAgainChangesNothing() {
        Jpa jpa = Jpa.of(TestDatabase.H2);
        UserRow withPassword =
                new UserRow("p-" + tag, "pat" + tag, "Pat", "pat@example.org", "TEACHER", "a long secret");
        assertEquals(Outcome.CREATED, put(jpa, withPassword));
        User pat = on(jpa, p -> p.user(CLIENT, "p-" + tag)).orElseThrow();
        assertTrue(IdentityServices.passwords().matches(Optional.of(pat), "a long secret".toCharArray()));
        assertEquals(Outcome.UNCHANGED, put(jpa, withPassword));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aProvisionedUserNeverTakesOverALocalAccount(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        jpa.run(em -> IdentityServices.on(em).users().create(
                new User("alice" + tag, "Local Alice", "local@example.org", PlatformRole.TEACHER), null));
        ProvisioningException refused = assertThrows(ProvisioningException.class,
                () -> on(jpa, p -> p.applyOne(CLIENT, ProvisioningBatch.ofUser(alice("Alice")))));
        assertEquals(List.of("users[0].username CONFLICT provisioning.username.taken"), described(refused.problems()));
        User local = jpa.tx(em -> IdentityServices.on(em).users().findByUsername("alice" + tag)).orElseThrow();
        assertEquals("Local Alice", local.getDisplayName());
        assertEquals(Optional.empty(), local.getExternalId());
    }

    @Test
    void deactivatingAUserKeepsThemAndAPutBringsThemBack() {
        Jpa jpa = Jpa.of(TestDatabase.H2);
        on(jpa, p -> p.applyOne(CLIENT, ProvisioningBatch.ofUser(alice("Alice"))));
        assertTrue((boolean) on(jpa, p -> p.deactivateUser(CLIENT, "u-" + tag)));
        assertFalse((boolean) on(jpa, p -> p.deactivateUser(CLIENT, "u-" + tag)), "a second DELETE changes nothing");
        assertFalse(on(jpa, p -> p.user(CLIENT, "u-" + tag)).orElseThrow().isActive());
        assertEquals(Outcome.UPDATED, put(jpa, alice("Alice")));
        assertTrue(on(jpa, p -> p.user(CLIENT, "u-" + tag)).orElseThrow().isActive());
    }

    @Test
    void onlyAdministratorsProvision() {
        Actor teacher = new Actor(7, "teacher", "Teacher", PlatformRole.TEACHER);
        assertThrows(AccessDeniedException.class, () -> on(Jpa.of(TestDatabase.H2),
                p -> p.apply(teacher, ProvisioningBatch.ofUser(alice("Alice")))));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBulkRequestWritesEverySectionAndARepeatChangesNothing(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        ProvisioningBatch batch = new ProvisioningBatch(
                List.of(new UserRow("t-" + tag, "tea" + tag, "Teacher", "t@example.org", "TEACHER", null),
                        new UserRow("s-" + tag, "stu" + tag, "Student", "s@example.org", "STUDENT", null)),
                List.of(new CourseRow("c-" + tag, "C" + tag, "Chemistry")),
                List.of(new GroupRow("c-" + tag, "g-" + tag, "Lab 1")),
                List.of(new EnrollmentRow("c-" + tag, "t-" + tag, "TEACHER"),
                        new EnrollmentRow("c-" + tag, "s-" + tag, "student")),
                List.of(new MemberRow("c-" + tag, "g-" + tag, "s-" + tag)));
        ProvisioningReport first = on(jpa, p -> p.apply(CLIENT, batch));
        assertEquals(new ProvisioningReport(new Counts(2, 0, 0), new Counts(1, 0, 0), new Counts(1, 0, 0),
                new Counts(2, 0, 0), new Counts(1, 0, 0)), first);
        ProvisioningReport again = on(jpa, p -> p.apply(CLIENT, batch));
        assertEquals(new ProvisioningReport(new Counts(0, 0, 2), new Counts(0, 0, 1), new Counts(0, 0, 1),
                new Counts(0, 0, 2), new Counts(0, 0, 1)), again);
        jpa.run(em -> {
            IdentityServices s = IdentityServices.on(em);
            long courseId = s.courses().findByCode("C" + tag).orElseThrow().getId();
            long student = s.users().findByUsername("stu" + tag).orElseThrow().getId();
            assertEquals(Optional.of(CourseRole.STUDENT), s.enrollments().roleOf(student, courseId));
            assertEquals(List.of("Lab 1"),
                    s.groups().ofMember(student, courseId).stream().map(g -> g.getName()).toList());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBulkRequestWithBadRowsReportsEachOfThemAndWritesNothing(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        jpa.run(em -> IdentityServices.on(em).users().create(
                new User("local" + tag, "Local", "local@example.org", PlatformRole.STUDENT), null));
        ProvisioningBatch batch = new ProvisioningBatch(
                List.of(new UserRow("ok-" + tag, "ok" + tag, "Fine", "ok@example.org", "STUDENT", null),
                        new UserRow("bad-" + tag, "b" + tag, "Bad", "not-an-email", "WIZARD", "a password"),
                        new UserRow("ok-" + tag, "again" + tag, "Twice", "t@example.org", "STUDENT", null),
                        new UserRow("has space", "local" + tag, "Local", "l@example.org", "STUDENT", null),
                        new UserRow("lo-" + tag, "local" + tag, "Takeover", "l@example.org", "STUDENT", null),
                        new UserRow("new-" + tag, "new" + tag, "New", "n@example.org", "STUDENT", null)),
                List.of(new CourseRow("c-" + tag, "C" + tag, "Chemistry")),
                List.of(new GroupRow("nope-" + tag, "g-" + tag, "Lab"), new GroupRow("c-" + tag, "g2-" + tag, "Lab")),
                List.of(new EnrollmentRow("c-" + tag, "ghost-" + tag, "STUDENT"),
                        new EnrollmentRow("c-" + tag, "ok-" + tag, "DEAN")),
                List.of(new MemberRow("c-" + tag, "g2-" + tag, "new-" + tag),
                        new MemberRow("c-" + tag, "g-" + tag, "ok-" + tag)));
        assertEquals(List.of(
                "users[1].role INVALID provisioning.role.unknown",
                "users[1].email INVALID user.email.invalid",
                "users[1].password INVALID provisioning.password.bulk",
                "users[2].externalId INVALID provisioning.duplicate",
                "users[3].externalId INVALID provisioning.externalId.invalid",
                "users[4].username INVALID provisioning.duplicate",
                "users[4].username CONFLICT provisioning.username.taken",
                "groups[0].course UNKNOWN provisioning.course.unknown",
                "enrollments[0].user UNKNOWN provisioning.user.unknown",
                "enrollments[1].role INVALID provisioning.role.unknown",
                "members[0].user CONFLICT group.member.notEnrolled",
                "members[1].group UNKNOWN provisioning.group.unknown"), described(refused(jpa, batch)));
        assertTrue(on(jpa, p -> p.user(CLIENT, "ok-" + tag)).isEmpty(), "nothing is half-written");
        assertTrue(on(jpa, p -> p.course(CLIENT, "c-" + tag)).isEmpty());
    }

    @Test
    void problemsSayWhatToFixInEnglishAndFrench() {
        RowProblem problem =
                RowProblem.of("users", 1200, "username", Kind.INVALID, "provisioning.duplicate", "users", 17);
        assertEquals("This value already appears in row 17 of users: each row needs its own.",
                problem.message(java.util.Locale.ENGLISH));
        assertTrue(problem.message(java.util.Locale.FRENCH).contains("ligne 17"));
    }
}

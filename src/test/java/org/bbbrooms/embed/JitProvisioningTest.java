package org.bbbrooms.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Just-in-time provisioning from signed embed links, and their nonces, on the three databases (so V7's columns and
 * constraints too): a link never enters a local account, and a nonce opens one link once.
 */
class JitProvisioningTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static EmbedLink link(String user, String email, String course, CourseRole role, Optional<String> group) {
        return new EmbedLink(user, "Host " + user, email, course, "Course " + course, role, group,
                Optional.empty(), NOW.plusSeconds(300), unique("nonce-"));
    }

    private static Provisioned provision(Jpa jpa, EmbedLink link) {
        return jpa.tx(em -> {
            JitProvisioning provisioning = new JitProvisioning();
            provisioning.em = em;
            return provisioning.provision(link.arrival());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLinkNamingALocalUsersUsernameAndEmailMakesANewAccount(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String local = unique("ext-");
        User alice = jpa.tx(em -> IdentityServices.on(em).users()
                .create(new User(local, "Alice Local", local + "@example.org", PlatformRole.ADMIN), null));
        String externalId = local.substring("ext-".length());
        Provisioned who = provision(jpa, link(externalId, local + "@example.org", unique("c"), CourseRole.TEACHER,
                Optional.empty()));
        assertNotEquals(alice.getId(), who.actor().userId());
        assertTrue(who.actor().username().startsWith(local + "-"), "a suffix, since ext-<id> was taken: "
                + who.actor().username());
        assertEquals(PlatformRole.TEACHER, who.actor().role());
        User stillAlice = jpa.tx(em -> IdentityServices.on(em).users().find(alice.getId()).orElseThrow());
        assertEquals(Optional.empty(), stillAlice.getExternalId());
        assertEquals("Alice Local", stillAlice.getDisplayName());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameExternalIdsComeBackAsTheSameUserCourseAndGroupFollowingTheHost(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String user = unique("u");
        String course = unique("c");
        Provisioned first = provision(jpa, link(user, "old@host.org", course, CourseRole.STUDENT,
                Optional.of("Lab 1")));
        Provisioned again = provision(jpa, new EmbedLink(user, "Renamed", "new@host.org", course, "New title",
                CourseRole.TEACHER, Optional.of("lab 1"), Optional.empty(), NOW.plusSeconds(60), unique("n")));
        assertEquals(first.actor().userId(), again.actor().userId());
        assertEquals(first.courseId(), again.courseId());
        assertEquals(first.groupId(), again.groupId());
        assertEquals(PlatformRole.TEACHER, again.actor().role(), "a student who comes as a teacher rises");
        jpa.run(em -> {
            IdentityServices identity = IdentityServices.on(em);
            User renamed = identity.users().find(first.actor().userId()).orElseThrow();
            assertEquals("Renamed", renamed.getDisplayName());
            assertEquals("new@host.org", renamed.getEmail());
            assertEquals("New title", identity.courses().find(first.courseId()).orElseThrow().getTitle());
            assertEquals(Optional.of(CourseRole.TEACHER),
                    identity.enrollments().roleOf(first.actor().userId(), first.courseId()));
            assertTrue(identity.groups().isMember(first.actor().userId(), first.groupId().orElseThrow()));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeactivatedHostUserIsRefusedNotRevived(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        EmbedLink link = link(unique("u"), "x@host.org", unique("c"), CourseRole.STUDENT, Optional.empty());
        Provisioned who = provision(jpa, link);
        jpa.run(em -> em.find(User.class, who.actor().userId()).setActive(false));
        assertEquals(Refusal.ACCOUNT_INACTIVE,
                assertThrows(EmbedRefusedException.class, () -> provision(jpa, link)).refusal());
        boolean active = jpa.tx(em -> em.find(User.class, who.actor().userId()).isActive());
        assertFalse(active);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNonceOpensOneLinkOnceUntilItExpires(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String nonce = unique("nonce-0123456789-");
        assertTrue(claim(jpa, nonce, NOW));
        assertFalse(claim(jpa, nonce, NOW.plusSeconds(299)), "a replay, from this node or another");
        assertTrue(claim(jpa, unique("nonce-0123456789-"), NOW.plusSeconds(299)));
    }

    private static boolean claim(Jpa jpa, String nonce, Instant now) {
        return jpa.tx(em -> {
            NonceStore nonces = new NonceStore();
            nonces.em = em;
            nonces.clock = Clock.fixed(now, ZoneOffset.UTC);
            return nonces.claim(nonce, NOW.plusSeconds(300));
        });
    }
}

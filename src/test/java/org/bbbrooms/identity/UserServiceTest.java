package org.bbbrooms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserServiceTest {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTakenUsernameIsRefusedWhateverItsCase(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String name = unique("carol");
        jpa.run(em -> IdentityServices.on(em).users()
                .create(new User(name, "Carol", "carol@example.org", PlatformRole.STUDENT), "a good password".toCharArray()));
        BusinessException refused = assertThrows(BusinessException.class, () -> jpa.run(em -> IdentityServices.on(em)
                .users().create(new User(name.toUpperCase(), "Carol 2", "c2@example.org", PlatformRole.STUDENT), null)));
        assertEquals("user.username.taken", refused.key());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void passwordsAreHashedAndCheckedAndTooShortOnesRefused(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String name = unique("dave");
        BusinessException tooShort = assertThrows(BusinessException.class, () -> jpa.run(em -> IdentityServices.on(em)
                .users().create(new User(name, "Dave", "dave@example.org", PlatformRole.TEACHER), "short".toCharArray())));
        assertEquals("password.tooShort", tooShort.key());
        jpa.run(em -> IdentityServices.on(em).users()
                .create(new User(name, "Dave", "dave@example.org", PlatformRole.TEACHER), "correct horse".toCharArray()));
        Passwords passwords = IdentityServices.passwords();
        Optional<User> dave = jpa.tx(em -> IdentityServices.on(em).users().findByUsername(name));
        assertTrue(dave.orElseThrow().passwordHash().orElseThrow().startsWith("PBKDF2WithHmacSHA512:"));
        assertFalse(dave.orElseThrow().passwordHash().orElseThrow().contains("correct horse"));
        assertTrue(passwords.matches(dave, "correct horse".toCharArray()));
        assertFalse(passwords.matches(dave, "wrong horse".toCharArray()));
        assertFalse(passwords.matches(Optional.empty(), "correct horse".toCharArray()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeactivatedUserCannotSignInAndAnAdminCannotDeactivateThemselves(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        User admin = jpa.tx(em -> IdentityServices.on(em).users().create(
                new User(unique("root"), "Root", "root@example.org", PlatformRole.ADMIN), null));
        User eve = jpa.tx(em -> IdentityServices.on(em).users().create(
                new User(unique("eve"), "Eve", "eve@example.org", PlatformRole.STUDENT), "eve's password".toCharArray()));
        Actor actor = Actor.of(admin);
        BusinessException self = assertThrows(BusinessException.class,
                () -> jpa.run(em -> IdentityServices.on(em).users().setActive(admin.getId(), false, actor)));
        assertEquals("user.cannotDeactivateSelf", self.key());
        jpa.run(em -> IdentityServices.on(em).users().setActive(eve.getId(), false, actor));
        Optional<User> reloaded = jpa.tx(em -> IdentityServices.on(em).users().find(eve.getId()));
        assertFalse(reloaded.orElseThrow().isActive());
        assertFalse(IdentityServices.passwords().matches(reloaded, "eve's password".toCharArray()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStaleEditIsRefusedInsteadOfOverwritingAnotherAdminsChange(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        User frank = jpa.tx(em -> IdentityServices.on(em).users().create(
                new User(unique("frank"), "Frank", "frank@example.org", PlatformRole.STUDENT), null));
        User firstCopy = jpa.tx(em -> IdentityServices.on(em).users().find(frank.getId()).orElseThrow());
        User secondCopy = jpa.tx(em -> IdentityServices.on(em).users().find(frank.getId()).orElseThrow());
        firstCopy.setDisplayName("Frank One");
        jpa.run(em -> IdentityServices.on(em).users().update(firstCopy, null));
        secondCopy.setDisplayName("Frank Two");
        BusinessException conflict = assertThrows(BusinessException.class,
                () -> jpa.run(em -> IdentityServices.on(em).users().update(secondCopy, null)));
        assertEquals("edit.conflict", conflict.key());
        assertEquals("Frank One", jpa.tx(em -> IdentityServices.on(em).users().find(frank.getId())).orElseThrow()
                .getDisplayName());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void searchFiltersPagesAndIgnoresATamperedSortField(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String tag = unique("grp");
        jpa.run(em -> {
            for (int i = 0; i < 5; i++) {
                IdentityServices.on(em).users().create(new User(tag + "-s" + i, "Student " + i, "s@example.org",
                        PlatformRole.STUDENT), null);
            }
            IdentityServices.on(em).users().create(new User(tag + "-t", "Teacher", "t@example.org",
                    PlatformRole.TEACHER), null);
        });
        Page<User> students = jpa.tx(em -> IdentityServices.on(em).users()
                .search(new UserFilter(tag, PlatformRole.STUDENT, true), new PageRequest(2, 2, "username", false)));
        assertEquals(5, students.total());
        assertEquals(List.of(tag + "-s2", tag + "-s1"), students.items().stream().map(User::getUsername).toList());
        Page<User> tampered = jpa.tx(em -> IdentityServices.on(em).users()
                .search(new UserFilter(tag, null, null), new PageRequest(0, 10, "passwordHash", true)));
        assertEquals(6, tampered.total(), "an unknown sort field falls back to the username");
        assertEquals(tag + "-s0", tampered.items().get(0).getUsername());
        Page<User> like = jpa.tx(em -> IdentityServices.on(em).users()
                .search(new UserFilter("%", null, null), PageRequest.firstPage(5)));
        assertTrue(like.items().stream().allMatch(u -> (u.getUsername() + u.getDisplayName() + u.getEmail()).contains("%")),
                "% is a character to search for, not a wildcard");
    }
}

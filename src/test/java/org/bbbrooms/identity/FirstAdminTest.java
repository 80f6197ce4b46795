package org.bbbrooms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** A fresh install gets its first administrator from the environment, once, and never a second password. */
class FirstAdminTest {

    private final Jpa jpa = Jpa.fresh(TestDatabase.H2);

    private void start(String username, String password) {
        jpa.run(em -> {
            FirstAdmin first = new FirstAdmin();
            first.username = Optional.ofNullable(username);
            first.password = Optional.ofNullable(password);
            first.users = IdentityServices.on(em).users();
            first.passwords = IdentityServices.passwords();
            first.em = em;
            first.create();
        });
    }

    private Optional<User> user(String username) {
        return jpa.tx(em -> IdentityServices.on(em).users().findByUsername(username));
    }

    @Test
    void theAdminIsCreatedOnceAndARestartWithAnotherPasswordChangesNothing() {
        start("root-admin", "correct horse battery");
        User admin = user("root-admin").orElseThrow();
        assertEquals(PlatformRole.ADMIN, admin.getRole());
        assertTrue(IdentityServices.passwords().matches(Optional.of(admin), "correct horse battery".toCharArray()));

        start("root-admin", "another password");
        assertTrue(IdentityServices.passwords().matches(user("root-admin"), "correct horse battery".toCharArray()));
    }

    @Test
    void aUsernameWithoutAGoodPasswordStopsTheStartWithWhatToSet() {
        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> start("root-admin", "short"));
        assertTrue(stop.getMessage().contains("BBB_ADMIN_PASSWORD"), stop.getMessage());
        assertTrue(user("root-admin").isEmpty());
        start(null, null);
        assertTrue(user("root-admin").isEmpty(), "nothing is created without the variables");
    }
}

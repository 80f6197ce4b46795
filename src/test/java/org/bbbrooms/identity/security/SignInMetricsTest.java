package org.bbbrooms.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.bbbrooms.identity.AccountEvent;
import org.bbbrooms.identity.AccountEvent.Kind;
import org.bbbrooms.testing.MemoryMetrics;
import org.junit.jupiter.api.Test;

/** Sign-ins are counted by outcome from the start (at zero), and lockouts from the account events. */
class SignInMetricsTest {

    private final MemoryMetrics metrics = new MemoryMetrics();
    private final SignInMetrics signIns = new SignInMetrics();

    SignInMetricsTest() {
        signIns.registry = metrics.registry();
        signIns.register();
    }

    @Test
    void outcomesAreCountedApart() {
        assertEquals(0, metrics.count("bbb_rooms_logins", "outcome", "throttled"));
        signIns.succeeded();
        signIns.failed();
        signIns.failed();
        signIns.throttled();
        assertEquals(1, metrics.count("bbb_rooms_logins", "outcome", "success"));
        assertEquals(2, metrics.count("bbb_rooms_logins", "outcome", "failed"));
        assertEquals(1, metrics.count("bbb_rooms_logins", "outcome", "throttled"));
    }

    @Test
    void lockoutsAreCountedFromTheirEventsOnly() {
        for (Kind kind : Kind.values()) {
            signIns.lockedOut(new AccountEvent(kind, Optional.empty(), "student7", Optional.of("203.0.113.9")));
        }
        assertEquals(1, metrics.count("bbb_rooms_login_lockouts"));
    }
}

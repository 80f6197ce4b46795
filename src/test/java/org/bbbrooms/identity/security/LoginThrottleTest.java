package org.bbbrooms.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditEntry;
import org.bbbrooms.audit.AuditLogs;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Password guessing is slowed per name and per address, the same for every name, and an admin lifts a lockout. */
class LoginThrottleTest {

    private static final Actor ADMIN = new Actor(1, "admin", "Admin", PlatformRole.ADMIN);
    private static final Actor TEACHER = new Actor(2, "teacher", "Teacher", PlatformRole.TEACHER);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final String name = "guess-" + UUID.randomUUID().toString().substring(0, 8);
    private final String address = "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    private void on(Jpa jpa, Consumer<LoginThrottle> work) {
        jpa.run(em -> {
            LoginThrottle throttle = new LoginThrottle();
            throttle.em = em;
            throttle.clock = clock;
            throttle.events = AuditLogs.accountEvents();
            work.accept(throttle);
        });
    }

    private Optional<Instant> blocked(Jpa jpa, String who, String from) {
        Optional<Instant>[] seen = new Optional[1];
        on(jpa, throttle -> seen[0] = throttle.blocked(who, from));
        return seen[0];
    }

    private void fail(Jpa jpa, String who, String from, int times) {
        for (int i = 0; i < times; i++) {
            on(jpa, throttle -> throttle.failed(who, from));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAddressIsGuessingOnceItsFailuresWentPastTheFreeOnesUntilAnHourOfQuiet(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        boolean[] seen = new boolean[1];
        for (int i = 0; i < 30; i++) {
            String other = name + "-" + i;
            on(jpa, throttle -> throttle.failed(other, address));
        }
        on(jpa, throttle -> seen[0] = throttle.guessedFrom(address));
        assertFalse(seen[0], "30 failures from one address (a school, a forgetful class) are free");
        on(jpa, throttle -> throttle.failed(name, address));
        on(jpa, throttle -> seen[0] = throttle.guessedFrom(address));
        assertTrue(seen[0], "the 31st: its sign-ins are then checked one at a time");
        AddressStanding[] standing = new AddressStanding[1];
        on(jpa, throttle -> standing[0] = throttle.standing(address));
        assertEquals(new AddressStanding(Optional.of(clock.instant().plusSeconds(1)), true, true), standing[0],
                "a second of backoff, for every name tried from it");
        clock.advance(Duration.ofSeconds(2));
        on(jpa, throttle -> standing[0] = throttle.standing(address));
        assertEquals(new AddressStanding(Optional.empty(), true, true), standing[0], "the backoff ran out");
        clock.advance(Duration.ofMinutes(61));
        on(jpa, throttle -> seen[0] = throttle.guessedFrom(address));
        assertFalse(seen[0], "an hour without failures ends it");
        on(jpa, throttle -> standing[0] = throttle.standing(address));
        assertEquals(AddressStanding.CLEAN, standing[0]);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void threeFreeFailuresThenADoublingBackoffThenALockoutThatAnAdminLifts(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        fail(jpa, name, address, 3);
        assertTrue(blocked(jpa, name, address).isEmpty(), "three failures are free");
        fail(jpa, name, address, 1);
        assertEquals(Optional.of(clock.instant().plusSeconds(1)), blocked(jpa, name, address));
        fail(jpa, name, address, 1);
        assertEquals(Optional.of(clock.instant().plusSeconds(2)), blocked(jpa, name, address), "the wait doubles");
        fail(jpa, name, address, 5);
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(15))), blocked(jpa, name, "10.9.9.9"),
                "at ten the name is locked out from every address");
        on(jpa, throttle -> assertTrue(throttle.lockedUntil(ADMIN, name).isPresent()));
        on(jpa, throttle -> assertThrows(AccessDeniedException.class, () -> throttle.unlock(TEACHER, name)));
        on(jpa, throttle -> throttle.unlock(ADMIN, name));
        assertTrue(blocked(jpa, name, "10.9.9.9").isEmpty(), "the admin lifted the lockout");

        List<AuditEntry> log = AuditLogs.of(jpa, AuditLogs.on(name));
        assertEquals(List.of(AuditAction.LOGIN_UNLOCKED, AuditAction.LOGIN_LOCKED, AuditAction.LOGIN_FAILED),
                log.stream().map(AuditEntry::getAction).distinct().toList(), "the audit log, newest first");
        assertEquals(10, log.stream().filter(e -> e.getAction() == AuditAction.LOGIN_FAILED
                && e.getActor().isEmpty() && e.getDetails().equals(Optional.of(address))).count(),
                "each failure, from its address, by nobody signed in");
        assertEquals(Optional.of(ADMIN.username()), log.get(0).getActor(), "who unlocked");
    }

    @Test
    void aNameOrAnAddressThatFailedWithinTheHourIsSuspectForAPasswordCheck() {
        Jpa jpa = Jpa.of(TestDatabase.H2);
        boolean[] seen = new boolean[3];
        on(jpa, throttle -> seen[0] = throttle.failedLately(name, address));
        assertFalse(seen[0], "a clean record");
        fail(jpa, "unknown-" + name, address, 1);
        on(jpa, throttle -> {
            seen[0] = throttle.failedLately(name, address);
            seen[1] = throttle.failedLately("unknown-" + name, "10.9.9.9");
            seen[2] = throttle.failedLately(name, "10.9.9.9");
        });
        assertTrue(seen[0], "the address failed, whatever name it tried");
        assertTrue(seen[1], "the name failed (it needs no account), from any address");
        assertFalse(seen[2], "neither the name nor the address failed");
        clock.advance(Duration.ofMinutes(61));
        on(jpa, throttle -> seen[0] = throttle.failedLately(name, address));
        assertFalse(seen[0], "an hour later");
    }

    @Test
    void theLockoutEndsByItselfAndASuccessClearsTheCount() {
        Jpa jpa = Jpa.of(TestDatabase.H2);
        fail(jpa, name, address, 10);
        clock.advance(Duration.ofMinutes(16));
        assertTrue(blocked(jpa, name, address).isEmpty());
        fail(jpa, name, address, 1);
        assertTrue(blocked(jpa, name, address).isPresent(), "within the hour the run goes on");
        on(jpa, throttle -> throttle.succeeded(name));
        fail(jpa, name, address, 3);
        assertTrue(blocked(jpa, name, address).isEmpty(), "a success started the count again");
    }

    @Test
    void aRunOfFailuresOlderThanAnHourIsForgotten() {
        Jpa jpa = Jpa.of(TestDatabase.H2);
        fail(jpa, name, address, 3);
        clock.advance(Duration.ofMinutes(61));
        fail(jpa, name, address, 3);
        assertTrue(blocked(jpa, name, address).isEmpty());
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedButNeverLocksOthersOut() {
        Jpa jpa = Jpa.of(TestDatabase.H2);
        for (int i = 0; i < 30; i++) {
            fail(jpa, name + "-" + i, address, 1);
        }
        assertTrue(blocked(jpa, "someone", address).isEmpty());
        fail(jpa, name + "-last", address, 1);
        assertEquals(Optional.of(clock.instant().plusSeconds(1)), blocked(jpa, "someone", address),
                "the address waits, whatever name it tries");
        assertTrue(blocked(jpa, "someone", "10.200.0.1").isEmpty(), "other addresses are not slowed");
    }
}

package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Wrong guest codes are slowed per address and per room, in the database (so every node counts the same), before
 * any code is compared; a right code and an hour's pause forgive an address.
 */
class GuestCodeThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final long room = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    private final String prefix = "10." + ThreadLocalRandom.current().nextInt(250) + "."
            + ThreadLocalRandom.current().nextInt(250) + ".";

    private void on(Jpa jpa, Consumer<GuestCodeThrottle> work) {
        jpa.run(em -> {
            GuestCodeThrottle throttle = new GuestCodeThrottle();
            throttle.em = em;
            throttle.clock = clock;
            work.accept(throttle);
        });
    }

    private Optional<Instant> blocked(Jpa jpa, long roomId, String address) {
        Optional<Instant>[] seen = new Optional[1];
        on(jpa, throttle -> seen[0] = throttle.blocked(roomId, address));
        return seen[0];
    }

    private void fail(Jpa jpa, long roomId, String address, int times) {
        for (int i = 0; i < times; i++) {
            on(jpa, throttle -> throttle.failed(roomId, address));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAddressGetsFiveFreeGuessesThenADoublingWaitInEveryRoom(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String guesser = prefix + 1;
        fail(jpa, room, guesser, 5);
        assertTrue(blocked(jpa, room, guesser).isEmpty(), "five wrong codes are free");
        fail(jpa, room, guesser, 1);
        assertEquals(Optional.of(clock.instant().plusSeconds(1)), blocked(jpa, room + 1, guesser),
                "the sixth blocks the address for a second, in any room");
        fail(jpa, room, guesser, 1);
        assertEquals(Optional.of(clock.instant().plusSeconds(2)), blocked(jpa, room, guesser), "the wait doubles");
        assertTrue(blocked(jpa, room, prefix + 2).isEmpty(), "another address still tries");

        clock.advance(Duration.ofSeconds(3));
        on(jpa, throttle -> throttle.succeeded(guesser));
        fail(jpa, room, guesser, 5);
        assertTrue(blocked(jpa, room, guesser).isEmpty(), "a right code forgave the address");
        clock.advance(GuestCodeThrottle.WINDOW.plusSeconds(1));
        fail(jpa, room, guesser, 5);
        assertTrue(blocked(jpa, room, guesser).isEmpty(), "a run older than an hour is forgotten");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRoomGuessedFromManyAddressesIsSlowedForAllOfThem(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        for (int i = 0; i < 20; i++) {
            fail(jpa, room, prefix + (100 + i), 1);
        }
        assertTrue(blocked(jpa, room, prefix + 200).isEmpty(), "twenty wrong codes in a room are free");
        fail(jpa, room, prefix + 120, 1);
        assertEquals(Optional.of(clock.instant().plusSeconds(1)), blocked(jpa, room, prefix + 201),
                "the twenty-first blocks the room's codes from every address");
        assertTrue(blocked(jpa, room + 1, prefix + 201).isEmpty(), "other rooms are not slowed");
    }
}

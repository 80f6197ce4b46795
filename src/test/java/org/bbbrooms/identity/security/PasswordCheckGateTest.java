package org.bbbrooms.identity.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bbbrooms.identity.security.PasswordCheckGate.Slot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Password checks in flight are capped per node: past the slots an attempt is refused before any hash, clean
 * sign-ins wait their turn briefly, suspect ones never wait and leave a clean sign-in its share. Waits that the test
 * needs are real waits for a slot (the test gives it back), never a timed sleep.
 */
class PasswordCheckGateTest {

    private static final Duration LONG = Duration.ofMinutes(1);
    private final ExecutorService others = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        others.shutdownNow();
    }

    @Test
    void noMoreChecksRunAtOnceThanThereAreSlots() {
        PasswordCheckGate gate = new PasswordCheckGate(2, Duration.ZERO);
        Slot first = gate.enter(false).orElseThrow();
        gate.enter(false).orElseThrow();

        assertTrue(gate.enter(false).isEmpty(), "a third check while two run");
        first.close();
        first.close();
        assertTrue(gate.enter(false).isPresent(), "a slot given back is taken again");
        assertTrue(gate.enter(false).isEmpty(), "closing a slot twice gives it back once");
    }

    @Test
    void suspectSignInsGetAllSlotsButOneAndCleanOnesTheLast() {
        PasswordCheckGate gate = new PasswordCheckGate(3, Duration.ZERO);
        gate.enter(true).orElseThrow();
        gate.enter(true).orElseThrow();

        assertTrue(gate.enter(true).isEmpty(), "a third suspect check while a slot is free");
        assertTrue(gate.enter(false).isPresent(), "the last slot is a clean sign-in's");
    }

    @Test
    void onOneSlotASuspectSignInStillGetsItsTurn() {
        PasswordCheckGate gate = new PasswordCheckGate(1, Duration.ZERO);
        gate.enter(true).orElseThrow().close();

        assertTrue(gate.enter(false).isPresent());
    }

    @Test
    void aCleanSignInWaitsForASlotAndASuspectOneNeverTakesItFromIt() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(2, LONG);
        Slot first = gate.enter(false).orElseThrow();
        gate.enter(false).orElseThrow();
        Future<Optional<Slot>> waiting = others.submit(() -> gate.enter(false));
        queued(gate, 1);

        first.close();
        assertTrue(gate.enter(true).isEmpty(), "the suspect check took the slot a clean one waited for");
        assertTrue(waiting.get().isPresent(), "the waiting sign-in got the slot given back");
    }

    @Test
    void aSuspectSignInNeverWaits() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(2, LONG);
        gate.enter(false).orElseThrow();
        gate.enter(false).orElseThrow();

        Future<Optional<Slot>> suspect = others.submit(() -> gate.enter(true));
        assertFalse(suspect.get().isPresent(), "refused at once although clean ones would wait a minute");
    }

    @Test
    void pastFourWaitingSignInsPerSlotTheNextIsRefusedAtOnce() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(1, LONG);
        Slot held = gate.enter(false).orElseThrow();
        assertFalse(gate.refusesClean(), "no slot, but room to wait for one");
        List<Future<Boolean>> waiting = new ArrayList<>();
        for (int i = 0; i < PasswordCheckGate.WAITING_PER_SLOT; i++) {
            waiting.add(others.submit(() -> gate.enter(false).map(slot -> {
                slot.close();
                return true;
            }).orElse(false)));
        }
        queued(gate, PasswordCheckGate.WAITING_PER_SLOT);

        assertTrue(gate.refusesClean(), "the hint that the early refusal reads");
        assertTrue(gate.enter(false).isEmpty(), "a fifth sign-in waits behind four for a slot");
        held.close();
        for (Future<Boolean> each : waiting) {
            assertTrue(each.get(), "each of the four waiting got its turn");
        }
    }

    @Test
    void aCleanSignInRefusedOnceItsWaitRunsOut() {
        PasswordCheckGate gate = new PasswordCheckGate(1, Duration.ofMillis(1));
        gate.enter(false).orElseThrow();

        assertTrue(gate.enter(false).isEmpty());
    }

    /** Until the gate has that many sign-ins waiting (they were submitted; they queue within microseconds). */
    private static void queued(PasswordCheckGate gate, int count) {
        while (gate.waiting() < count) {
            Thread.onSpinWait();
        }
    }
}

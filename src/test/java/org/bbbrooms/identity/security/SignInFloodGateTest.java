package org.bbbrooms.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.identity.security.SignInFloodGate.Refusal;
import org.junit.jupiter.api.Test;

/** Which sign-ins are turned away for their address alone, before any page is rendered, and how long they wait. */
class SignInFloodGateTest {

    private static final Instant NOW = Instant.parse("2026-12-07T23:00:00Z");

    private static Optional<Refusal> refusal(AddressStanding standing, boolean checkingOne, boolean cleanRoom) {
        return SignInFloodGate.refusal(standing, NOW, checkingOne, cleanRoom);
    }

    @Test
    void aBlockedAddressWaitsTheWholeSecondsLeftOfItsBackoff() {
        AddressStanding blocked = new AddressStanding(Optional.of(NOW.plusMillis(1_200)), true, true);
        assertEquals(Optional.of(new Refusal("login.throttled", 2)), refusal(blocked, false, true));
        AddressStanding almostOver = new AddressStanding(Optional.of(NOW.plusMillis(10)), true, true);
        assertEquals(Optional.of(new Refusal("login.throttled", 1)), refusal(almostOver, false, true));
    }

    @Test
    void aGuessingAddressHasOneSignInCheckedAtATime() {
        AddressStanding guessing = new AddressStanding(Optional.empty(), true, true);
        assertEquals(Optional.of(Refusal.BUSY), refusal(guessing, true, true), "its first is being checked");
        assertEquals(Optional.empty(), refusal(guessing, false, true), "none of its sign-ins is");
    }

    @Test
    void anAddressThatFailedLatelyIsLeftToTheGatesSuspectSlots() {
        AddressStanding failed = new AddressStanding(Optional.empty(), false, true);
        assertEquals(Optional.empty(), refusal(failed, false, false), "whether clean sign-ins could wait or not");
    }

    @Test
    void aCleanAddressReachesTheLoginPageUnlessTheGateHasNoRoomEvenToWait() {
        assertEquals(Optional.empty(), refusal(AddressStanding.CLEAN, false, true), "it may wait for a slot there");
        assertEquals(Optional.of(Refusal.BUSY), refusal(AddressStanding.CLEAN, false, false));
    }
}

package org.bbbrooms.identity.security;

import java.time.Instant;
import java.util.Optional;

/**
 * What the throttle knows of one client address, read at once, for the decision that needs no account name
 * ({@link SignInFloodGate}): until when its backoff turns it away, whether it is guessing (its failures went past the
 * free ones), and whether it failed a sign-in within the hour.
 * <p>Use: {@code throttle.standing(request.getRemoteAddr()).blockedUntil()}
 */
public record AddressStanding(Optional<Instant> blockedUntil, boolean guessing, boolean failedLately) {

    /** An address that failed nothing within the hour. */
    public static final AddressStanding CLEAN = new AddressStanding(Optional.empty(), false, false);
}

package org.bbbrooms.api.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a subscription stops being sent to: its deliveries have all failed, at least {@code failures} attempts in a
 * row, for at least {@code after} since the first of them (one success starts over). A receiver down for an hour
 * loses nothing; one gone for a day is paused, and an admin sees it and may resume it.
 * <p>Use: {@code rule.pauses(subscription.consecutiveFailures(), subscription.failingSince(), now)}.
 */
public record PauseRule(int failures, Duration after) {

    public PauseRule {
        if (failures < 1 || after.isNegative()) {
            throw new IllegalArgumentException("a pause needs at least one failure and a duration of 0 or more");
        }
    }

    public boolean pauses(int consecutiveFailures, Optional<Instant> failingSince, Instant now) {
        return consecutiveFailures >= failures
                && failingSince.filter(since -> !now.isBefore(since.plus(after))).isPresent();
    }
}

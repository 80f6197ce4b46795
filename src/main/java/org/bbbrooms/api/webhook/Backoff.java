package org.bbbrooms.api.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 30 s, 2 min, 10 min, 1 h, 2 h, 4 h after each failure, then every 6 h,
 * while that stays within the delivery's retry window (a day from its creation); past it the delivery has failed.
 * <p>Use: {@code Optional<Instant> next = Backoff.STANDARD.next(delivery.attempts(), now, retryUntil);} (empty:
 * give up).
 */
public record Backoff(List<Duration> delays) {

    public static final Backoff STANDARD = new Backoff(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
            Duration.ofHours(6)));
    /** How long a delivery is retried for. */
    public static final Duration WINDOW = Duration.ofDays(1);

    public Backoff {
        delays = List.copyOf(delays);
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a backoff needs at least one delay");
        }
    }

    /** The pause after the given number of failed attempts (1 for the first); the last delay is the cap. */
    public Duration delayAfter(int failedAttempts) {
        return delays.get(Math.max(0, Math.min(failedAttempts, delays.size()) - 1));
    }

    /** The next attempt after {@code failedAttempts} failures at {@code now}; empty when past {@code retryUntil}. */
    public Optional<Instant> next(int failedAttempts, Instant now, Instant retryUntil) {
        Instant next = now.plus(delayAfter(failedAttempts));
        return next.isAfter(retryUntil) ? Optional.empty() : Optional.of(next);
    }
}

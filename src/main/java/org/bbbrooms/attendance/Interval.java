package org.bbbrooms.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time from one instant to a later (or the same) one: an attendee's stay between a join and a leave. */
public record Interval(Instant from, Instant to) {

    public Interval {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + from + " to " + to);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}

package org.bbbrooms.schedule;

import java.time.Instant;

/**
 * One occurrence of a session: when it starts and ends, when its join window opens and closes, and whether it was
 * cancelled. Computed from a {@link SessionPlan}, never stored.
 * <p>Use: {@code if (occurrence.isOpenAt(clock.instant())) { ... }}
 */
public record Occurrence(Instant start, Instant end, Instant opens, Instant closes, boolean cancelled) implements java.io.Serializable {

    /** Whether students may join now: inside the window of an occurrence that was not cancelled. */
    public boolean isOpenAt(Instant now) {
        return !cancelled && !now.isBefore(opens) && now.isBefore(closes);
    }
}

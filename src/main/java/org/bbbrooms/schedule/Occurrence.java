package org.bbbrooms.schedule;

import java.io.Serializable;
import java.time.Instant;

/**
 * One occurrence of a session: when it starts and ends, when its join window opens and closes, whether it was
 * cancelled, and when its rule planned it ({@code planned}, which is {@code start} unless a host moved this one
 * occurrence: its day in the session's zone is what cancels or moves it, and its calendar RECURRENCE-ID). Computed
 * from a {@link SessionPlan}, never stored.
 * <p>Use: {@code if (occurrence.isOpenAt(clock.instant())) { ... }}
 */
public record Occurrence(Instant start, Instant end, Instant opens, Instant closes, boolean cancelled,
        Instant planned) implements Serializable {

    /** Whether students may join now: inside the window of an occurrence that was not cancelled. */
    public boolean isOpenAt(Instant now) {
        return !cancelled && !now.isBefore(opens) && now.isBefore(closes);
    }

    /** Whether a host moved this occurrence away from the time its rule gives. */
    public boolean moved() {
        return !planned.equals(start);
    }
}

package org.bbbrooms.attendance;

import java.time.Instant;
import java.util.Objects;

/**
 * CDI event: BBB's analytics for a meeting were accepted, so that its attendance is BBB's own and will not change.
 * It is fired synchronously inside the transaction that writes them, with the meeting's row locked.
 * <p>Use: {@code void settled(@Observes AttendanceFinal settled) { ... }}
 */
public record AttendanceFinal(long meetingId, Instant at) {

    public AttendanceFinal {
        Objects.requireNonNull(at);
    }
}

package org.bbbrooms.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's own attendance of one meeting: where, when it started, their first join and last leave, their time, and
 * the verdict of the room's completion rule on it.
 */
public record OwnAttendance(long meetingId, String room, Optional<String> courseTitle, Instant started,
        Instant firstJoin, Optional<Instant> lastLeave, Duration total, int stays, Verdict verdict) {
}

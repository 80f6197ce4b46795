package org.bbbrooms.attendance;

import java.time.Instant;
import java.util.Optional;

/** One interval of a participant as reports show it: join and leave (none while still in), and how each was learnt. */
public record Stay(Instant joined, Optional<Instant> left, JoinSource joinSource, Optional<LeaveSource> leaveSource) {

    static Stay of(Attendance row) {
        return new Stay(row.getJoinedAt(), row.getLeftAt(), row.getJoinSource(), row.getLeaveSource());
    }

    Interval until(Instant now) {
        Instant end = left.orElse(now);
        return new Interval(joined, end.isBefore(joined) ? joined : end);
    }
}

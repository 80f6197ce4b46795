package org.bbbrooms.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.room.RoomType;

/**
 * One line of the meetings report: where (course and room), when, how long, how many came, whether it was recorded,
 * and whether its attendance is exact (BBB's analytics arrived) or estimated. A meeting still open has no end yet
 * and its duration runs until now.
 */
public record MeetingRow(long meetingId, String room, RoomType roomType, Optional<String> courseCode,
        Optional<String> courseTitle, String startedBy, Instant started, Optional<Instant> ended, Duration duration,
        long participants, boolean recorded, boolean exact) {
}

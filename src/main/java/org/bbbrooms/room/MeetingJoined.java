package org.bbbrooms.room;

import java.time.Instant;
import java.util.Objects;
import org.bbbrooms.bbb.Role;

/**
 * CDI event: the portal hands a user the join link of an open meeting (start or join). It is fired synchronously
 * inside the transaction that hands the link out, with the meeting's row locked, so that an observer writing with
 * it either commits with the hand-out or makes it fail: no join is lost, and none lands on a meeting closed
 * meanwhile. {@code bbbUserId} is the {@code userID} given to BBB at join.
 * <p>Use: {@code void joined(@Observes MeetingJoined joined) { ... }}
 */
public record MeetingJoined(long meetingId, String bbbMeetingId, long userId, String bbbUserId, String fullName,
        Role role, Instant at) {

    public MeetingJoined {
        Objects.requireNonNull(bbbMeetingId);
        Objects.requireNonNull(bbbUserId);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(role);
        Objects.requireNonNull(at);
    }
}

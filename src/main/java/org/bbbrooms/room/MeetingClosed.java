package org.bbbrooms.room;

import java.time.Instant;
import java.util.Objects;

/**
 * CDI event: a meeting was closed (End, BBB's end callback, found stale, create failed). It is fired synchronously
 * inside the transaction that closes the meeting, with its row locked, so that observers close what belongs to it
 * in the same commit.
 * <p>Use: {@code void closed(@Observes MeetingClosed closed) { ... }}
 */
public record MeetingClosed(long meetingId, String bbbMeetingId, CloseReason reason, Instant at) {

    public MeetingClosed {
        Objects.requireNonNull(bbbMeetingId);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(at);
    }

    static MeetingClosed of(Meeting meeting) {
        return new MeetingClosed(meeting.getId(), meeting.getBbbMeetingId(), meeting.getCloseReason().orElseThrow(),
                meeting.getClosedAt().orElseThrow());
    }
}

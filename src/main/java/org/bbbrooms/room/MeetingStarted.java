package org.bbbrooms.room;

import java.time.Instant;
import java.util.Objects;

/**
 * CDI event: BBB created a meeting that is still open, so that the room runs and users may join. It is fired
 * synchronously inside the transaction that records BBB's answer, with the meeting's row locked, so that observers
 * commit with it (a start whose create failed, or that was ended meanwhile, fires nothing).
 * <p>Use: {@code void started(@Observes MeetingStarted started) { ... }}
 */
public record MeetingStarted(long meetingId, String bbbMeetingId, Instant at) {

    public MeetingStarted {
        Objects.requireNonNull(bbbMeetingId);
        Objects.requireNonNull(at);
    }
}

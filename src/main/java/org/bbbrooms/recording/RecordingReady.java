package org.bbbrooms.recording;

import java.time.Instant;
import java.util.Objects;

/**
 * CDI event: a recording can be played (or published): BBB has finished processing it, learnt by the
 * recording-ready callback, the background sync or a refresh, whichever comes first. It is fired synchronously
 * inside the transaction that writes the recording, with its meeting's row locked, once per recording.
 * <p>Use: {@code void ready(@Observes RecordingReady ready) { ... }}
 */
public record RecordingReady(String recordId, long meetingId, Instant at) {

    public RecordingReady {
        Objects.requireNonNull(recordId);
        Objects.requireNonNull(at);
    }
}

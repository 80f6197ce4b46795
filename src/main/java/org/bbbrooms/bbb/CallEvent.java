package org.bbbrooms.bbb;

import java.time.Duration;
import java.util.Optional;

/**
 * What one API call did, handed to the listener set with {@link BbbClient.Builder#listener}, so that the
 * application can count, time and log calls without the client knowing any metrics library. {@code url}
 * is the URL called with the checksum removed and passwords and callback URLs masked.
 * <pre>{@code BbbClient.builder().listener(e -> metrics.timer("bbb." + e.call()).record(e.duration()))}</pre>
 */
public record CallEvent(String call, String url, Duration duration, Outcome outcome, Optional<String> messageKey) {

    /** How a call ended. */
    public enum Outcome {
        /** returncode SUCCESS (possibly with a key such as duplicateWarning or noRecordings). */
        SUCCESS,
        /** returncode FAILED: see {@link CallEvent#messageKey()}. */
        FAILED,
        /** no connection (refused, unknown host, TLS failure). */
        UNREACHABLE,
        /** no answer within the connect or request timeout. */
        TIMEOUT,
        /** an answer that is not BBB XML. */
        PROTOCOL_ERROR
    }
}

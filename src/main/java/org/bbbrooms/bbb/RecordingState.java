package org.bbbrooms.bbb;

import java.util.Locale;

/**
 * A recording's life-cycle state, as a {@code state} filter of getRecordings; {@link #ANY} asks for all.
 * <pre>{@code GetRecordingsRequest.builder().state(RecordingState.PUBLISHED).state(RecordingState.UNPUBLISHED)}</pre>
 */
public enum RecordingState {
    PROCESSING,
    PROCESSED,
    PUBLISHED,
    UNPUBLISHED,
    DELETED,
    ANY;

    /** The value BBB expects, e.g. {@code published}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

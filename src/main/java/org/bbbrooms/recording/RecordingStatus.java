package org.bbbrooms.recording;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a recording stands on the BBB server: still being processed (no playback yet), published (playable by anyone
 * with its link), or unpublished (playable by no one). Hiding from students is a separate, local choice.
 * <p>Use: {@code RecordingStatus.fromBbb(recording.state())}.
 */
public enum RecordingStatus {
    PROCESSING, PUBLISHED, UNPUBLISHED;

    /** BBB's state word as ours; empty for {@code deleted} and words we do not know, which are not kept. */
    public static Optional<RecordingStatus> fromBbb(String state) {
        return switch (state == null ? "" : state.strip().toLowerCase(Locale.ROOT)) {
            case "processing", "processed" -> Optional.of(PROCESSING);
            case "published" -> Optional.of(PUBLISHED);
            case "unpublished" -> Optional.of(UNPUBLISHED);
            default -> Optional.empty();
        };
    }
}

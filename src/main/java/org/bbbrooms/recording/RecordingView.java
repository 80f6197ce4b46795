package org.bbbrooms.recording;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * One recording as a page shows it: name, description, when and how long, participants, state, whether it is
 * hidden from students, and its playback formats (none while processing or unpublished, so no link is ever broken).
 * <p>Use in a page: {@code #{r.name()}}, {@code rendered="#{r.playable()}"}, {@code #{r.playbackUrl()}}.
 */
public record RecordingView(String recordId, String name, String description, RecordingStatus status,
        boolean hidden, Instant startedAt, Duration duration, int participants, List<Playback> formats)
        implements Serializable {

    public RecordingView {
        Objects.requireNonNull(recordId);
        formats = List.copyOf(formats);
    }

    public static RecordingView of(Recording r) {
        boolean playable = r.getStatus() == RecordingStatus.PUBLISHED;
        return new RecordingView(r.getRecordId(), r.getName(), r.getDescription().orElse(""), r.getStatus(),
                r.isHidden(), r.getStartedAt(), r.getDuration(), r.getParticipants(),
                playable ? r.getFormats() : List.of());
    }

    public boolean playable() {
        return !formats.isEmpty();
    }

    /** The link to copy: the first format's playback page (BBB lists the presentation first), or empty. */
    public String playbackUrl() {
        return formats.isEmpty() ? "" : formats.get(0).getUrl();
    }

    /** The start as a Date, for Faces' date converter. */
    public Date startDate() {
        return Date.from(startedAt);
    }

    /** The length in whole minutes, at least 1 for any recording that lasted at all. */
    public long minutes() {
        return duration.isZero() ? 0 : Math.max(1, duration.toMinutes());
    }
}

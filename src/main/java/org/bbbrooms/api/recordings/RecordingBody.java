package org.bbbrooms.api.recordings;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.bbbrooms.recording.Playback;
import org.bbbrooms.recording.Recording;
import org.bbbrooms.recording.RecordingStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recording as {@code /api/v1} shows it: from the portal's own copy, which BBB's callbacks and the background
 * sync keep up to date, so that listing costs BBB nothing. Playback links only for published recordings.
 * <p>Use: {@code RecordingBody.of(recording)}.
 */
@Schema(name = "Recording", description = "A recording of a meeting.")
public record RecordingBody(
        @Schema(description = "BBB's record id.", required = true) String recordId,
        @Schema(description = "The public id of the recorded room.", required = true) String roomId,
        @Schema(description = "The recorded meeting's id, for GET /meetings/{meetingId}.", required = true,
                format = "int64")
        long meetingId,
        @Schema(required = true) String name,
        @Schema(nullable = true) String description,
        @Schema(description = "PROCESSING, PUBLISHED or UNPUBLISHED (on the BBB server).", required = true)
        RecordingStatus status,
        @Schema(description = "Hidden from students in the portal.", required = true) boolean hidden,
        @Schema(required = true, type = SchemaType.STRING, format = "date-time") Instant startedAt,
        @Schema(description = "Its length, in seconds.", required = true, format = "int64") long durationSeconds,
        @Schema(required = true) int participants,
        @Schema(description = "Ways to play it; none unless published.", required = true, type = SchemaType.ARRAY,
                implementation = PlaybackBody.class) List<PlaybackBody> playback) {

    /** One playback format: its type (presentation, video...), page and length. */
    @Schema(name = "Playback", description = "One way to play a recording.")
    public record PlaybackBody(@Schema(required = true) String type,
            @Schema(required = true, type = SchemaType.STRING, format = "uri") URI url,
            @Schema(required = true) int lengthMinutes) {
    }

    /** One page of a course's recordings. */
    @Schema(name = "RecordingPage", description = "One page of recordings; `next` is absent on the last.")
    public record Page(@Schema(required = true, type = SchemaType.ARRAY, implementation = RecordingBody.class)
            List<RecordingBody> items, @Schema(nullable = true) String next) {
    }

    public RecordingBody {
        playback = List.copyOf(playback);
    }

    public static RecordingBody of(Recording r) {
        List<Playback> formats = r.getStatus() == RecordingStatus.PUBLISHED ? r.getFormats() : List.of();
        return new RecordingBody(r.getRecordId(), r.getRoom().getPublicId(), r.getMeeting().getId(), r.getName(),
                r.getDescription().orElse(null), r.getStatus(), r.isHidden(), r.getStartedAt(),
                r.getDuration().toSeconds(), r.getParticipants(), formats.stream()
                        .map(p -> new PlaybackBody(p.getType(), URI.create(p.getUrl()), p.getLengthMinutes()))
                        .toList());
    }
}

package org.bbbrooms.recording;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.bbb.PlaybackFormat;
import org.bbbrooms.bbb.Recording;

/**
 * What we keep of a recording that BBB reports: its ids, the name and description that teachers gave it
 * ({@code meta_name}, {@code meta_description}, else the meeting's name), its state, times, participants and
 * playback formats. A recording still processing has no formats, so it never shows a broken link.
 * <p>Use: {@code ServerRecording.of(bbbRecording).ifPresent(r -> ...)}; empty for deleted or unknown states.
 */
public record ServerRecording(String recordId, String bbbMeetingId, String name, Optional<String> description,
        RecordingStatus status, Optional<Instant> startedAt, Optional<Instant> endedAt, int participants,
        List<Playback> formats) {

    static final int NAME_LENGTH = 256;
    static final int DESCRIPTION_LENGTH = 2000;
    private static final int URL_LENGTH = 2048;

    public ServerRecording {
        formats = List.copyOf(formats);
    }

    public static Optional<ServerRecording> of(Recording recording) {
        Map<String, String> meta = recording.metadata();
        String name = nonBlank(meta.get("name")).or(() -> nonBlank(recording.name())).orElse(recording.recordID());
        List<Playback> formats = recording.formats().stream()
                .filter(f -> f.url().toString().length() <= URL_LENGTH)
                .map(ServerRecording::playback).toList();
        return RecordingStatus.fromBbb(recording.state()).map(status -> new ServerRecording(recording.recordID(),
                recording.meetingID(), cut(name, NAME_LENGTH),
                nonBlank(meta.get("description")).map(d -> cut(d, DESCRIPTION_LENGTH)), status,
                recording.startTime(), recording.endTime(), recording.participants(),
                status == RecordingStatus.PROCESSING ? List.of() : formats));
    }

    private static Playback playback(PlaybackFormat format) {
        return new Playback(cut(format.type(), 64), format.url().toString(), format.length());
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}

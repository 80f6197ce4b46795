package org.bbbrooms.bbb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recording as getRecordings reports it, with every playback format it has and the metadata given at
 * create (keys lowercased). {@code state} is BBB's word ({@code published}, {@code unpublished},
 * {@code processing}, ...); {@code size}/{@code rawSize} (bytes) only when the server sends them.
 * <pre>{@code page.recordings().forEach(r -> show(r.name(), r.formats()));}</pre>
 */
public record Recording(String recordID, String meetingID, String internalMeetingID, String name, boolean published,
        String state, Optional<Instant> startTime, Optional<Instant> endTime, int participants, boolean isBreakout,
        Optional<Long> size, Optional<Long> rawSize, Map<String, String> metadata, List<PlaybackFormat> formats) {

    static Recording fromXml(XmlElement recording) {
        return new Recording(recording.requiredText("recordID"), recording.text("meetingID"),
                recording.text("internalMeetingID"), recording.text("name"), recording.bool("published"),
                recording.text("state"), recording.time("startTime"), recording.time("endTime"),
                (int) Math.min(Integer.MAX_VALUE, recording.number("participants")), recording.bool("isBreakout"),
                recording.optionalNumber("size"), recording.optionalNumber("rawSize"), recording.map("metadata"),
                recording.list("playback", "format").stream().map(PlaybackFormat::fromXml).toList());
    }
}

package org.bbbrooms.sandbox;

import java.util.List;
import java.util.OptionalInt;

/**
 * Renders recordings as bbb-web's {@code get-recordings} template does, with one {@code <format>} per playback
 * format, and {@code <totalElements>} when the request asked for a page.
 */
final class RecordingXml {

    static final List<String> FORMATS = List.of("presentation", "video");

    private RecordingXml() {
    }

    static String list(List<Recording> page, OptionalInt total) {
        XmlResponse xml = new XmlResponse("SUCCESS");
        if (page.isEmpty()) {
            xml.element("recordings", "").element("messageKey", "noRecordings")
                    .element("message", "There are no recordings for the meeting(s).");
        } else {
            xml.open("recordings");
            page.forEach(r -> recording(xml, r));
            xml.close("recordings");
        }
        total.ifPresent(t -> xml.element("totalElements", t));
        return xml.build();
    }

    private static void recording(XmlResponse xml, Recording r) {
        xml.open("recording")
                .element("recordID", r.recordId())
                .element("meetingID", r.meetingId())
                .element("internalMeetingID", r.recordId())
                .element("name", r.name())
                .element("isBreakout", false)
                .element("published", r.published())
                .element("state", r.state())
                .element("startTime", r.startTime())
                .element("endTime", r.endTime())
                .element("participants", r.participants())
                .elements("metadata", r.metadata())
                .open("playback");
        if (!r.state().equals(Recording.PROCESSING)) {
            for (String format : FORMATS) {
                xml.open("format")
                        .element("type", format)
                        .element("url", r.playbackUrl(format))
                        .element("processingTime", 0)
                        .element("length", r.lengthMinutes())
                        .close("format");
            }
        }
        xml.close("playback").close("recording");
    }
}

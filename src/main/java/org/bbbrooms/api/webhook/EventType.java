package org.bbbrooms.api.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a host portal may subscribe to, with the name it has on the wire ({@code "type"} of every delivery):
 * a meeting became running, a meeting ended, a recording can be played, a meeting's attendance is settled.
 * <p>Use: {@code EventType.byWireName("meeting.ended")}.
 */
public enum EventType {
    MEETING_STARTED("meeting.started"),
    MEETING_ENDED("meeting.ended"),
    RECORDING_READY("recording.ready"),
    ATTENDANCE_FINAL("attendance.final");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> byWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}

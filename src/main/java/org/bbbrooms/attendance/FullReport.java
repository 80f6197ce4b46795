package org.bbbrooms.attendance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The filtered report for exports: each meeting with its participants, and its absentees by meeting id. */
public record FullReport(Map<MeetingRow, List<ParticipantRow>> participants, Map<Long, List<Absentee>> absentees) {

    public FullReport {
        participants = Collections.unmodifiableMap(new LinkedHashMap<>(participants));
        absentees = Map.copyOf(absentees);
    }

    /** The absentees of one meeting, none when it has no roster (a personal or the platform room). */
    public List<Absentee> absentOf(MeetingRow meeting) {
        return absentees.getOrDefault(meeting.meetingId(), List.of());
    }
}

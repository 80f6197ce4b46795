package org.bbbrooms.attendance;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A meeting's drill-down: its report line, each participant, and BBB's learning dashboard when the server has one. */
public record MeetingDetail(MeetingRow meeting, List<ParticipantRow> participants, Optional<URI> learningDashboard) {

    public MeetingDetail {
        participants = List.copyOf(participants);
    }
}

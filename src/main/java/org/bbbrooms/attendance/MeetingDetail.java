package org.bbbrooms.attendance;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A meeting's drill-down: its report line, each participant with their verdict, the absentees (the roster's people
 * who never came), the room's completion rule, and BBB's learning dashboard when the server has one.
 */
public record MeetingDetail(MeetingRow meeting, List<ParticipantRow> participants, List<Absentee> absentees,
        CompletionRule rule, Optional<URI> learningDashboard) {

    public MeetingDetail {
        participants = List.copyOf(participants);
        absentees = List.copyOf(absentees);
    }

    /** How many participants the rule counts as having attended, partly attended. */
    public long count(Verdict verdict) {
        return verdict == Verdict.ABSENT ? absentees.size()
                : participants.stream().filter(p -> p.verdict() == verdict).count();
    }
}

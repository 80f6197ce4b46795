package org.bbbrooms.room;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The platform's meetings at a glance, for the gauges of {@link MeetingGauges}: meetings open in the portal (started
 * and not ended), those of them that BBB last said were running (somebody in), and their participants. BBB's side
 * is what the status cache last heard, never a call of its own.
 */
record MeetingFigures(int open, int running, int participants) {

    static final MeetingFigures NONE = new MeetingFigures(0, 0, 0);

    /** From the BBB ids of the open meetings and what the status cache last heard of each. */
    static MeetingFigures of(List<String> openMeetings, Function<String, Optional<MeetingState>> lastHeard) {
        List<MeetingState> running = openMeetings.stream().map(lastHeard).flatMap(Optional::stream)
                .filter(state -> state.kind() == MeetingState.Kind.RUNNING).toList();
        return new MeetingFigures(openMeetings.size(), running.size(),
                running.stream().mapToInt(MeetingState::participantCount).sum());
    }
}

package org.bbbrooms.room;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.bbb.Attendee;

/**
 * A {@link MeetingState} as the nodes share it through the data grid, with when BBB gave it: JDK types and
 * {@link Attendee}s only, so that any node reads it. No start time is {@code startTime == null} here only.
 */
record SharedStatus(MeetingState.Kind kind, int participantCount, Instant startTime, List<Attendee> attendees,
        Instant at) implements Serializable {

    static SharedStatus of(MeetingState state, Instant at) {
        return new SharedStatus(state.kind(), state.participantCount(), state.startTime().orElse(null),
                state.attendees(), at);
    }

    MeetingState state() {
        return new MeetingState(kind, participantCount, Optional.ofNullable(startTime), attendees);
    }
}

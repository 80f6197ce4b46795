package org.bbbrooms.room;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bbbrooms.bbb.Attendee;
import org.bbbrooms.bbb.MeetingInfo;

/**
 * What BBB said of one meeting, as {@link RoomStatusCache} keeps it: running (with its participants), created but
 * nobody joined yet ({@link Kind#WAITING}), unknown to BBB ({@link Kind#GONE}), or no answer
 * ({@link Kind#UNAVAILABLE}: down, slow, garbage, circuit open). Its attendees serve the attendance sync too.
 */
public record MeetingState(Kind kind, int participantCount, Optional<Instant> startTime, List<Attendee> attendees) {

    /** The answers that matter to a room. */
    public enum Kind {
        RUNNING, WAITING, GONE, UNAVAILABLE
    }

    public static final MeetingState WAITING_FOR_USERS = new MeetingState(Kind.WAITING, 0, Optional.empty(), List.of());
    public static final MeetingState GONE = new MeetingState(Kind.GONE, 0, Optional.empty(), List.of());
    public static final MeetingState UNAVAILABLE = new MeetingState(Kind.UNAVAILABLE, 0, Optional.empty(), List.of());

    public MeetingState {
        Objects.requireNonNull(kind);
        attendees = List.copyOf(attendees);
    }

    /** The userIDs of the attendees: for portal users, the ids the portal gave them at join. */
    public Set<String> userIds() {
        return attendees.stream().map(Attendee::userID).collect(Collectors.toSet());
    }

    static MeetingState of(MeetingInfo info) {
        if (!info.running()) {
            return WAITING_FOR_USERS;
        }
        return new MeetingState(Kind.RUNNING, info.participantCount(), info.startTime(), info.attendees());
    }
}

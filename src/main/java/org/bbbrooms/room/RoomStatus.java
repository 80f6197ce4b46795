package org.bbbrooms.room;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a room's widget shows: whether a meeting runs, how many are in it and since when, and its participant limit
 * (0 for none). {@link State#FULL} is a running meeting whose participants reached the limit;
 * {@link State#UNAVAILABLE} is a meeting open in the portal whose state BBB did not give in time.
 * <p>Use: {@code switch (view.status().state()) { case RUNNING -> ... }}
 */
public record RoomStatus(State state, int participantCount, Optional<Instant> since, int maxParticipants) {

    /** The states a room's widget distinguishes. */
    public enum State {
        NOT_STARTED, RUNNING, FULL, UNAVAILABLE
    }

    public RoomStatus {
        Objects.requireNonNull(state);
        Objects.requireNonNull(since);
    }

    public static RoomStatus notStarted() {
        return new RoomStatus(State.NOT_STARTED, 0, Optional.empty(), 0);
    }

    public static RoomStatus running(int participantCount, Instant since, int maxParticipants) {
        boolean full = maxParticipants > 0 && participantCount >= maxParticipants;
        return new RoomStatus(full ? State.FULL : State.RUNNING, participantCount, Optional.of(since),
                maxParticipants);
    }

    public static RoomStatus unavailable(Instant since, int maxParticipants) {
        return new RoomStatus(State.UNAVAILABLE, 0, Optional.of(since), maxParticipants);
    }

    /** Whether the portal has a meeting open in the room (running, full, or of unknown state). */
    public boolean meetingOpen() {
        return state != State.NOT_STARTED;
    }
}

package org.bbbrooms.room;

import java.time.Instant;
import java.util.Objects;
import org.bbbrooms.bbb.Role;

/**
 * CDI event: the portal hands a guest (no user, only the name they typed at the room's guest link) the join link of
 * an open meeting; fired like {@link MeetingJoined}, in the hand-out's transaction with the meeting's row locked.
 * {@code bbbUserId} is the {@code userID} given to BBB, unique per guest join.
 * <p>Use: {@code void guestJoined(@Observes GuestJoined joined) { ... }}
 */
public record GuestJoined(long meetingId, String bbbUserId, String fullName, Role role, Instant at) {

    public GuestJoined {
        Objects.requireNonNull(bbbUserId);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(role);
        Objects.requireNonNull(at);
    }
}

package org.bbbrooms.room;

import java.util.Objects;
import org.bbbrooms.identity.Actor;

/**
 * Fired by {@link RoomService} before it starts a room or hands out a join link, once {@link RoomPolicy} allowed it,
 * so that features below the room (the timetable of issue 16) can refuse with a {@code BusinessException}, which
 * reaches the caller. {@code hosts} is whether the actor hosts the room (may end it): a teacher, the owner, an admin.
 * <p>Use: {@code void check(@Observes JoinAsked asked) { if (closed(asked.room())) throw new BusinessException(...); }}
 */
public record JoinAsked(Room room, Actor actor, boolean hosts) {

    public JoinAsked {
        Objects.requireNonNull(room);
        Objects.requireNonNull(actor);
    }
}

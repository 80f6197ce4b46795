package org.bbbrooms.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomAction;
import org.bbbrooms.room.RoomContexts;
import org.bbbrooms.room.RoomPolicy;

/**
 * Who may see and manage a room's recordings, from {@link RoomPolicy}: whoever has
 * {@link RoomAction#MANAGE_RECORDINGS} (course teachers, a personal room's owner, admins; never group members, even
 * those who may start their group's room) manages them, and admins manage every recording, including those of
 * personal rooms, of rooms switched off and of deleted courses. Whoever may {@link RoomAction#VIEW enter} the room
 * sees its published, unhidden recordings.
 * <p>Use: {@code if (access.mayManage(actor, room)) ...}
 */
@ApplicationScoped
public class RecordingAccess {

    @Inject
    RoomContexts contexts;

    public boolean mayManage(Actor actor, Room room) {
        return actor.isAdmin() || allowed(actor, room).contains(RoomAction.MANAGE_RECORDINGS);
    }

    public boolean mayView(Actor actor, Room room) {
        return actor.isAdmin() || allowed(actor, room).contains(RoomAction.VIEW);
    }

    private Set<RoomAction> allowed(Actor actor, Room room) {
        return RoomPolicy.allowed(actor, contexts.facts(actor, room, false));
    }
}

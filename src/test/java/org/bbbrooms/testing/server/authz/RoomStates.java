package org.bbbrooms.testing.server.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomStore;

/**
 * Puts a room in the state that a cell of the matrix starts from, as its host would: no meeting, or one running.
 * <p>Use: {@code states.idle(publicId, host)} before a start; {@code states.running(publicId, host)} before a join.
 */
@ApplicationScoped
public class RoomStates {

    @Inject
    RoomStore store;

    @Inject
    RoomService rooms;

    public Optional<Meeting> open(String publicId) {
        return store.roomByPublicId(publicId).flatMap(room -> store.openMeeting(room.getId()));
    }

    public void idle(String publicId, Actor host) {
        if (open(publicId).isPresent()) {
            rooms.end(host, publicId);
        }
    }

    public void running(String publicId, Actor host) {
        if (open(publicId).isEmpty()) {
            rooms.start(host, publicId, "/");
        }
    }
}

package org.bbbrooms.courserooms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.recording.RecordingService;
import org.bbbrooms.recording.RecordingView;
import org.bbbrooms.room.RoomService;

/**
 * Deletes a course's named room, which takes both features: the room's (RoomService decides who may, refuses while
 * its meeting runs, and writes the audit entry) and its recordings'. Kept, they move to the course room and stay on
 * BBB; deleted, each is deleted on BBB first (RecordingService, with its own checks and audit entries), and the room
 * only once all are gone, so that a failure leaves the room and what is left of its recordings in place.
 * <p>Use: {@code courseRooms.delete(actor, courseId, publicId, RecordingsFate.KEEP);}
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourseRoomsService {

    @Inject
    RoomService rooms;

    @Inject
    RecordingService recordings;

    public void delete(Actor actor, long courseId, String publicId, RecordingsFate fate) {
        rooms.namedRooms(actor, courseId);
        if (rooms.byPublicId(actor, publicId).status().meetingOpen()) {
            throw new BusinessException("room.named.running");
        }
        if (fate == RecordingsFate.DELETE) {
            for (RecordingView recording : recordings.ofRoom(actor, publicId).recordings()) {
                recordings.delete(actor, recording.recordId());
            }
        }
        rooms.removeNamedRoom(actor, courseId, publicId, fate == RecordingsFate.KEEP);
    }
}

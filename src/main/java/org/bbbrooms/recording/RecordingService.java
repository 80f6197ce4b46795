package org.bbbrooms.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditLog;
import org.bbbrooms.audit.Audited;
import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.bbb.BbbFailedException;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.conference.BbbFailures;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.persistence.Keyset;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomContexts;
import org.bbbrooms.room.RoomStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recordings for users: a room's list, a teacher's refresh, publish and unpublish (on the server), hide from
 * students (here), rename with a description (on the server, then here), delete (on the server, then here); and the
 * admins' list across the platform. Every method takes the acting user and
 * checks {@link RecordingAccess} itself. Lists are read from the local table only, never from BBB. A change that BBB
 * refuses, or a BBB that is down, ends in a BusinessException carrying BBB's message, and nothing changes here.
 * <p>Use: {@code RoomRecordings list = recordings.ofRoom(actor, publicId);}
 * {@code recordings.publish(actor, list.recordings().get(0).recordId(), false);}
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordingService {

    /** The keys of BBB's failures here: recording.server.unreachable, .refused, .badAnswer. */
    private static final String SERVER = "recording.server";

    @Inject
    RecordingStore store;

    @Inject
    RecordingSync sync;

    @Inject
    RecordingAccess access;

    @Inject
    RoomStore rooms;

    @Inject
    RoomContexts contexts;

    @Inject
    CourseService courses;

    @Inject
    BbbConnection connection;

    @Inject
    AuditLog audit;

    /** How long after a recorded meeting ends its page keeps looking for the recording. */
    @Inject
    @ConfigProperty(name = "BBB_RECORDING_PENDING_MINUTES", defaultValue = "15")
    long pendingMinutes;

    @Inject
    Clock clock = Clock.systemUTC();

    /** The room's recordings that the actor may see, newest first. */
    public RoomRecordings ofRoom(Actor actor, String publicId) {
        Room room = room(publicId);
        boolean manage = access.mayManage(actor, room);
        if (!manage && !access.mayView(actor, room)) {
            throw new AccessDeniedException("recording.room.denied");
        }
        List<RecordingView> shown = store.ofRoom(room.getId()).stream()
                .filter(r -> manage || r.isVisibleToStudents()).map(RecordingView::of).toList();
        boolean pending = store.pending(room.getId(), clock.instant().minus(Duration.ofMinutes(pendingMinutes)));
        return new RoomRecordings(room.getPublicId(), contexts.name(room), manage, pending, shown);
    }

    /** Asks BBB again about every recorded meeting of the room (one call per 50 meetings), then lists. */
    public RoomRecordings refresh(Actor actor, String publicId) {
        Room room = room(publicId);
        requireManage(actor, room);
        try {
            sync.sync(store.recordedMeetingsOfRoom(room.getId()));
        } catch (BbbException e) {
            throw BbbFailures.explained(e, SERVER);
        }
        return ofRoom(actor, publicId);
    }

    /** Publishes or unpublishes the recording on the server; an unpublished recording is playable by no one. */
    public void publish(Actor actor, String recordId, boolean publish) {
        Recording recording = managed(actor, recordId);
        if (recording.getStatus() == RecordingStatus.PROCESSING) {
            throw new BusinessException("recording.processing");
        }
        try {
            connection.client().publishRecordings(List.of(recordId), publish);
        } catch (BbbException e) {
            throw BbbFailures.explained(e, SERVER);
        }
        store.change(recordId, r -> {
            r.published(publish);
            audited(actor, publish ? AuditAction.RECORDING_PUBLISHED : AuditAction.RECORDING_UNPUBLISHED, r);
        });
    }

    /** Hides the recording from students, or shows it again; a local choice that the server never sees. */
    public void hide(Actor actor, String recordId, boolean hidden) {
        managed(actor, recordId);
        store.change(recordId, r -> r.setHidden(hidden));
    }

    /** Renames the recording and sets its description (blank removes it), on the server, then here. */
    public void rename(Actor actor, String recordId, String name, String description) {
        managed(actor, recordId);
        String newName = name == null ? "" : name.strip();
        Optional<String> newDescription = Optional.ofNullable(description).map(String::strip).filter(d -> !d.isEmpty());
        if (newName.isEmpty()) {
            throw new BusinessException("recording.name.required");
        }
        if (newName.length() > ServerRecording.NAME_LENGTH) {
            throw new BusinessException("recording.name.tooLong", ServerRecording.NAME_LENGTH);
        }
        if (newDescription.filter(d -> d.length() > ServerRecording.DESCRIPTION_LENGTH).isPresent()) {
            throw new BusinessException("recording.description.tooLong", ServerRecording.DESCRIPTION_LENGTH);
        }
        try {
            connection.client().updateRecordings(List.of(recordId),
                    Map.of("name", newName, "description", newDescription.orElse("")));
        } catch (BbbException e) {
            throw BbbFailures.explained(e, SERVER);
        }
        store.change(recordId, r -> r.renamed(newName, newDescription));
    }

    /** Deletes the recording on the server, then here; one that the server no longer has is only removed here. */
    public void delete(Actor actor, String recordId) {
        managed(actor, recordId);
        try {
            if (!connection.client().deleteRecordings(List.of(recordId)).deleted()) {
                throw new BusinessException("recording.server.notDeleted");
            }
        } catch (BbbFailedException e) {
            if (!"notFound".equals(e.messageKey())) {
                throw BbbFailures.explained(e, SERVER);
            }
        } catch (BbbException e) {
            throw BbbFailures.explained(e, SERVER);
        }
        store.remove(recordId, r -> audited(actor, AuditAction.RECORDING_DELETED, r));
    }

    /** Writes the action to the audit log, in the store's transaction that makes the change. */
    private void audited(Actor actor, AuditAction action, Recording recording) {
        audit.record(Audited.by(actor, action, recording.getName())
                .inCourse(recording.getCourse().map(Course::getCode)).details(recording.getRecordId()));
    }

    /**
     * At most {@code max} recordings of a course's rooms that the actor may see, newest first, after a keyset
     * position (the start and id of the previous page's last one): all those of the rooms whose recordings they
     * manage, the published and unhidden ones of the rooms they may enter. {@code course.notFound} for a course that
     * does not exist or was deleted.
     */
    public List<Recording> ofCourse(Actor actor, long courseId, Optional<Keyset> after, int max) {
        if (courses.find(courseId).filter(c -> !c.isDeleted()).isEmpty()) {
            throw new NotFoundException("course.notFound");
        }
        Set<Long> managed = new HashSet<>();
        Set<Long> viewable = new HashSet<>();
        for (Room room : rooms.roomsOfCourse(courseId)) {
            if (access.mayManage(actor, room)) {
                managed.add(room.getId());
            } else if (access.mayView(actor, room)) {
                viewable.add(room.getId());
            }
        }
        return store.ofRooms(managed, viewable, after, max);
    }

    /** The admins' recordings page: every recording of the platform, deleted courses' included. */
    public Page<Recording> search(Actor actor, RecordingFilter filter, PageRequest request) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("access.denied");
        }
        return store.search(filter, request);
    }

    private Recording managed(Actor actor, String recordId) {
        Recording recording = Optional.ofNullable(recordId).flatMap(store::byRecordId)
                .orElseThrow(() -> new NotFoundException("recording.notFound"));
        requireManage(actor, recording.getRoom());
        return recording;
    }

    private void requireManage(Actor actor, Room room) {
        if (!access.mayManage(actor, room)) {
            throw new AccessDeniedException("recording.denied");
        }
    }

    private Room room(String publicId) {
        return Optional.ofNullable(publicId).flatMap(rooms::roomByPublicId)
                .orElseThrow(() -> new NotFoundException("room.notFound"));
    }
}

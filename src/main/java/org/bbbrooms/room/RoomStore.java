package org.bbbrooms.room;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditLog;
import org.bbbrooms.audit.Audited;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.BusinessException;

/**
 * Rooms and meetings in the database, each method in a transaction of its own, so that what it writes is committed
 * before BBB is called and a conflict with a concurrent request fails only that step. The unique constraints decide
 * races: a second room for a context or a second open meeting in a room is not inserted (empty result), and the
 * caller reads the winner's. Changes to a meeting lock its row, so that End, the end callback and a stale check
 * never overwrite each other. Creates, hand-outs of join links and closes fire {@link MeetingStarted},
 * {@link MeetingJoined} and {@link MeetingClosed} inside their transaction, with the meeting's row locked, so that
 * observers commit (or fail) with them. A start and an End are written to the audit log in their transaction too.
 * <p>Use: through {@link RoomService}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RoomStore {

    private static final Logger LOG = Logger.getLogger(RoomStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MeetingJoined> joinedEvents;

    @Inject
    Event<MeetingClosed> closedEvents;

    @Inject
    Event<GuestJoined> guestEvents;

    @Inject
    Event<MeetingStarted> startedEvents;

    @Inject
    AuditLog audit;

    @Inject
    RoomContexts contexts;

    public Optional<Room> roomByContext(RoomKey key) {
        return em.createQuery("select r from Room r where r.contextKey = :key", Room.class)
                .setParameter("key", key.value()).getResultStream().findFirst();
    }

    /**
     * The room with exactly this public id (a case-insensitive collation must not find another spelling), unless it
     * was a named room that was deleted.
     */
    public Optional<Room> roomByPublicId(String publicId) {
        return em.createQuery("select r from Room r where r.publicId = :id and r.removedAt is null", Room.class)
                .setParameter("id", publicId).getResultStream()
                .filter(room -> room.getPublicId().equals(publicId)).findFirst();
    }

    /** The rooms of a course that were ever used: its own room and its groups' rooms. */
    public List<Room> roomsOfCourse(long courseId) {
        return em.createQuery("select r from Room r where r.course.id = :course order by r.id", Room.class)
                .setParameter("course", courseId).getResultList();
    }

    /** The named rooms of a course that were not deleted, in the order their teachers gave, else oldest first. */
    public List<Room> namedRoomsOf(long courseId) {
        return em.createQuery("select r from Room r where r.course.id = :course and r.name is not null"
                + " and r.removedAt is null", Room.class).setParameter("course", courseId).getResultStream()
                .sorted(Comparator.comparing((Room r) -> r.getPosition().orElse(Integer.MAX_VALUE))
                        .thenComparing(Room::getId))
                .toList();
    }

    /**
     * Changes a named room of the course: its welcome message (sanitised already) and its breakout setting; empty
     * when the course has no such named room.
     */
    public Optional<Room> changeNamedRoom(long courseId, String publicId, Optional<String> welcome,
            boolean breakoutGroups) {
        Optional<Room> room = namedRoom(courseId, publicId);
        room.ifPresent(r -> {
            r.setWelcome(welcome);
            r.setBreakoutGroups(breakoutGroups);
        });
        return room;
    }

    /** Sets the breakout setting of a room (the course room's, or a named one's). */
    public void breakoutGroups(long roomId, boolean on) {
        em.find(Room.class, roomId).setBreakoutGroups(on);
    }

    /** Puts the course's named rooms in this order (public ids); those not named keep their place after them. */
    public void orderNamedRooms(long courseId, List<String> publicIds) {
        List<Room> rooms = namedRoomsOf(courseId);
        int position = 0;
        for (String id : publicIds) {
            for (Room room : rooms) {
                if (room.getPublicId().equals(id)) {
                    room.setPosition(position++);
                }
            }
        }
        for (Room room : rooms) {
            if (!publicIds.contains(room.getPublicId())) {
                room.setPosition(position++);
            }
        }
    }

    /**
     * Deletes a named room of the course, as the audit log records, unless a meeting is open in it: its row stays for
     * the meetings and attendance that refer to it; with {@code moveRecordingsTo}, its recordings move to that room.
     *
     * @return the deleted room; empty when the course has no such named room
     * @throws BusinessException {@code room.named.running} while its meeting runs
     */
    public Optional<Room> removeNamedRoom(Actor actor, long courseId, String publicId, Optional<Long> moveRecordingsTo,
            Instant now) {
        Optional<Room> room = namedRoom(courseId, publicId);
        room.ifPresent(r -> {
            if (openMeeting(r.getId()).isPresent()) {
                throw new BusinessException("room.named.running");
            }
            moveRecordingsTo.ifPresent(target -> em.createQuery(
                    "update Recording r set r.room = :target where r.room = :room")
                    .setParameter("target", em.find(Room.class, target)).setParameter("room", r).executeUpdate());
            r.remove(now);
            audit.record(Audited.by(actor, AuditAction.NAMED_ROOM_DELETED, r.getName().orElseThrow())
                    .inCourse(r.getCourse().map(Course::getCode)).details(r.getPublicId()
                            + (moveRecordingsTo.isPresent() ? " recordings kept" : " recordings deleted")));
        });
        return room;
    }

    private Optional<Room> namedRoom(long courseId, String publicId) {
        return roomByPublicId(publicId).filter(r -> r.getName().isPresent())
                .filter(r -> r.getCourse().map(Course::getId).filter(id -> id == courseId).isPresent())
                .map(r -> em.find(Room.class, r.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    /** Adds a named room to the course, at the end of its list, as the audit log records. */
    public Room insertNamedRoom(Actor actor, long courseId, String name) {
        Room room = Room.named(em.find(Course.class, courseId), name);
        room.setPosition(namedRoomsOf(courseId).stream().flatMap(r -> r.getPosition().stream())
                .max(Integer::compare).map(max -> max + 1).orElse(namedRoomsOf(courseId).size()));
        em.persist(room);
        audit.record(Audited.by(actor, AuditAction.NAMED_ROOM_ADDED, name)
                .inCourse(room.getCourse().map(Course::getCode)).details(room.getPublicId()));
        return room;
    }

    /** Creates the room of a context; empty when a concurrent request created it first. */
    public Optional<Room> insertRoom(RoomKey key) {
        Room room = switch (key.type()) {
            case COURSE -> Room.ofCourse(em.find(Course.class, key.contextId().orElseThrow()));
            case GROUP -> Room.ofGroup(em.find(CourseGroup.class, key.contextId().orElseThrow()));
            case PLATFORM -> Room.platform();
            case PERSONAL -> Room.personal(em.find(User.class, key.contextId().orElseThrow()));
        };
        return persisted(room);
    }

    public Optional<Meeting> openMeeting(long roomId) {
        return em.createQuery("select m from Meeting m where m.openRoomId = :room", Meeting.class)
                .setParameter("room", roomId).getResultStream().findFirst();
    }

    /** The BBB ids of the meetings open now, all rooms together (for the meeting gauges). */
    public List<String> openMeetingIds() {
        return em.createQuery("select m.bbbMeetingId from Meeting m where m.closedAt is null", String.class)
                .getResultList();
    }

    public Optional<Meeting> meeting(long meetingId) {
        return Optional.ofNullable(em.find(Meeting.class, meetingId));
    }

    /**
     * Opens a new meeting in the room; empty when the database refuses it, because another meeting is open in the
     * room by now or, rarely, its random voice bridge is in use.
     */
    public Optional<Meeting> insertMeeting(long roomId, long startedBy, MeetingPlan plan, CallbackToken token,
            Instant now) {
        return persisted(new Meeting(em.find(Room.class, roomId), startedBy, plan, RandomIds.voiceBridge(), token, now));
    }

    /** Records BBB's answer to create; fires {@link MeetingStarted} when the meeting is still open. */
    public Meeting created(long meetingId, String internalMeetingId, long createTime, Instant now) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        meeting.created(internalMeetingId, createTime);
        if (meeting.isOpen()) {
            startedEvents.fire(new MeetingStarted(meetingId, meeting.getBbbMeetingId(), now));
            audited(Optional.ofNullable(em.find(User.class, meeting.getStartedBy())).map(Actor::of),
                    AuditAction.ROOM_STARTED, meeting);
        }
        return meeting;
    }

    /** Records the BBB server that a load balancer placed the meeting on: see {@link Meeting#servedBy}. */
    public Optional<Meeting> servedBy(long meetingId, String serverUrl, Optional<String> serverVersion) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            return Optional.empty();
        }
        meeting.servedBy(serverUrl, serverVersion);
        return Optional.of(meeting);
    }

    /**
     * Hands out a join link of the meeting: fires {@link MeetingJoined} in this transaction, so that the link is
     * given only once its observers committed; {@code room.notRunning} when the meeting was closed meanwhile.
     */
    public void handOut(MeetingJoined joined) {
        Meeting meeting = em.find(Meeting.class, joined.meetingId(), LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || !meeting.isOpen()) {
            throw new BusinessException("room.notRunning");
        }
        joinedEvents.fire(joined);
    }

    /** A guest's hand-out, as {@link #handOut}: fires {@link GuestJoined} in this transaction. */
    public void handOutGuest(GuestJoined joined) {
        Meeting meeting = em.find(Meeting.class, joined.meetingId(), LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || !meeting.isOpen()) {
            throw new BusinessException("guest.notRunning");
        }
        guestEvents.fire(joined);
    }

    /** The room's guest access, if a host ever turned it on. */
    public Optional<GuestAccess> guestAccess(long roomId) {
        return Optional.ofNullable(em.find(GuestAccess.class, roomId));
    }

    /** Closes the meeting; the closed meeting if this call closed it, empty if it was closed already. */
    public Optional<Meeting> close(long meetingId, CloseReason reason, Instant now) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || !meeting.close(reason, now)) {
            return Optional.empty();
        }
        closedEvents.fire(MeetingClosed.of(meeting));
        return Optional.of(meeting);
    }

    /**
     * Closes the meeting because the actor pressed End; as {@link #close}, and written to the audit log even when
     * BBB's end callback closed it first (BBB took the End, which is what the log records).
     */
    public Optional<Meeting> end(long meetingId, Actor actor, Instant now) {
        Optional<Meeting> closed = close(meetingId, CloseReason.ENDED, now);
        audited(Optional.of(actor), AuditAction.ROOM_ENDED, closed.orElseGet(() -> em.find(Meeting.class, meetingId)));
        return closed;
    }

    private void audited(Optional<Actor> actor, AuditAction action, Meeting meeting) {
        Room room = meeting.getRoom();
        audit.record(Audited.of(actor, action, contexts.name(room)).inCourse(room.getCourse().map(Course::getCode))
                .details(meeting.getBbbMeetingId()));
    }

    /** Takes BBB's end callback for the meeting whose token is presented; see {@link Meeting#endCallback}. */
    public EndCallback endCallback(String token, Instant now) {
        Optional<Long> id = em.createQuery("select m.id from Meeting m where m.callbackDigest = :digest", Long.class)
                .setParameter("digest", CallbackToken.digest(token)).getResultStream().findFirst();
        Optional<Meeting> meeting = id.map(found -> em.find(Meeting.class, found, LockModeType.PESSIMISTIC_WRITE))
                .filter(m -> m.acceptsCallbackToken(token));
        if (meeting.isEmpty()) {
            return new EndCallback(CallbackOutcome.UNKNOWN, Optional.empty());
        }
        boolean wasOpen = meeting.get().isOpen();
        CallbackOutcome outcome = meeting.get().endCallback(now);
        Optional<Meeting> closed = wasOpen && !meeting.get().isOpen() ? meeting : Optional.empty();
        closed.map(MeetingClosed::of).ifPresent(closedEvents::fire);
        return new EndCallback(outcome, closed);
    }

    /** What an end callback did: its outcome, and the meeting if the callback closed it. */
    public record EndCallback(CallbackOutcome outcome, Optional<Meeting> closed) {
    }

    private <T> Optional<T> persisted(T entity) {
        try {
            em.persist(entity);
            em.flush();
            return Optional.of(entity);
        } catch (PersistenceException e) {
            LOG.log(Level.FINE, "The database refused {0}: {1}", new Object[] {entity, e.getMessage()});
            return Optional.empty();
        }
    }
}

package org.bbbrooms.room;

import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.audit.AuditLogs;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.testing.FiredEvents;
import org.bbbrooms.testing.Jpa;

/**
 * {@link RoomStore} as the container runs it, outside the container: every method in a new transaction on a new
 * entity manager (REQUIRES_NEW; see {@link Jpa#tx}), so that concurrent callers in threads meet in the database
 * exactly as concurrent requests do.
 */
final class TxRoomStore extends RoomStore {

    /** What the store needs of RoomContexts: the rooms' names, for the audit log. */
    private static final RoomContexts NAMES = new RoomContexts();

    static {
        NAMES.platformRoomName = "Platform room";
    }

    private final Jpa jpa;

    TxRoomStore(Jpa jpa, Event<MeetingJoined> joined, Event<MeetingClosed> closed) {
        this.jpa = jpa;
        this.joinedEvents = joined;
        this.closedEvents = closed;
    }

    private <T> T inNewTransaction(Function<RoomStore, T> work) {
        return jpa.tx(manager -> {
            RoomStore store = new RoomStore();
            store.em = manager;
            store.joinedEvents = joinedEvents;
            store.closedEvents = closedEvents;
            store.startedEvents = new FiredEvents<>();
            store.audit = AuditLogs.on(manager);
            store.contexts = NAMES;
            return work.apply(store);
        });
    }

    @Override
    public Optional<Meeting> servedBy(long meetingId, String serverUrl, Optional<String> serverVersion) {
        return inNewTransaction(store -> store.servedBy(meetingId, serverUrl, serverVersion));
    }

    @Override
    public void handOut(MeetingJoined joined) {
        inNewTransaction(store -> {
            store.handOut(joined);
            return null;
        });
    }

    @Override
    public Optional<GuestAccess> guestAccess(long roomId) {
        return inNewTransaction(store -> store.guestAccess(roomId));
    }

    @Override
    public Optional<Room> roomByContext(RoomKey key) {
        return inNewTransaction(store -> store.roomByContext(key));
    }

    @Override
    public Optional<Room> roomByPublicId(String publicId) {
        return inNewTransaction(store -> store.roomByPublicId(publicId));
    }

    @Override
    public Optional<Room> insertRoom(RoomKey key) {
        return inNewTransaction(store -> store.insertRoom(key));
    }

    @Override
    public List<Room> namedRoomsOf(long courseId) {
        return inNewTransaction(store -> store.namedRoomsOf(courseId));
    }

    @Override
    public Room insertNamedRoom(Actor actor, long courseId, String name) {
        return inNewTransaction(store -> store.insertNamedRoom(actor, courseId, name));
    }

    @Override
    public Optional<Room> changeNamedRoom(long courseId, String publicId, Optional<String> welcome,
            boolean breakoutGroups) {
        return inNewTransaction(store -> store.changeNamedRoom(courseId, publicId, welcome, breakoutGroups));
    }

    @Override
    public void breakoutGroups(long roomId, boolean on) {
        inNewTransaction(store -> {
            store.breakoutGroups(roomId, on);
            return null;
        });
    }

    @Override
    public void orderNamedRooms(long courseId, List<String> publicIds) {
        inNewTransaction(store -> {
            store.orderNamedRooms(courseId, publicIds);
            return null;
        });
    }

    @Override
    public Optional<Room> removeNamedRoom(Actor actor, long courseId, String publicId,
            Optional<Long> moveRecordingsTo, Instant now) {
        return inNewTransaction(store -> store.removeNamedRoom(actor, courseId, publicId, moveRecordingsTo, now));
    }

    @Override
    public Optional<Meeting> openMeeting(long roomId) {
        return inNewTransaction(store -> store.openMeeting(roomId));
    }

    @Override
    public Optional<Meeting> meeting(long meetingId) {
        return inNewTransaction(store -> store.meeting(meetingId));
    }

    @Override
    public Optional<Meeting> insertMeeting(long roomId, long startedBy, MeetingPlan plan, CallbackToken token,
            Instant now) {
        return inNewTransaction(store -> store.insertMeeting(roomId, startedBy, plan, token, now));
    }

    @Override
    public Meeting created(long meetingId, String internalMeetingId, long createTime, Instant now) {
        return inNewTransaction(store -> store.created(meetingId, internalMeetingId, createTime, now));
    }

    @Override
    public Optional<Meeting> close(long meetingId, CloseReason reason, Instant now) {
        return inNewTransaction(store -> store.close(meetingId, reason, now));
    }

    @Override
    public Optional<Meeting> end(long meetingId, Actor actor, Instant now) {
        return inNewTransaction(store -> store.end(meetingId, actor, now));
    }

    @Override
    public EndCallback endCallback(String token, Instant now) {
        return inNewTransaction(store -> store.endCallback(token, now));
    }
}

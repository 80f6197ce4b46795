package org.bbbrooms.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.persistence.Keyset;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.platform.persistence.Paging;
import org.bbbrooms.room.CallbackToken;
import org.bbbrooms.room.Meeting;

/**
 * Recordings in the database, each method in a transaction of its own (like the room store), so that nothing is
 * held open while BBB is called. {@link #apply} is the one place where BBB's answer becomes local rows: it locks the
 * meetings concerned, so that a callback, the background sync and a refresh never write the same rows at once.
 * A recording that becomes playable (new and processed, or no longer processing) fires {@link RecordingReady} in
 * that transaction.
 * <p>Use: through {@link RecordingService} and {@link RecordingSync}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RecordingStore {

    private static final Set<String> SORTABLE = Set.of("startedAt", "name", "status", "participants");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<RecordingReady> readyEvents;

    /**
     * Recorded meetings that may still get or change a recording: closed since {@code recentSince} with no
     * recording yet or one still processing, and any meeting whose recording is processing; newest first.
     */
    public List<Meeting> awaitingRecordings(Instant recentSince, int max) {
        return em.createQuery("select m from Meeting m where m.record = true and m.createTime is not null"
                + " and m.closedAt is not null and ((m.closedAt >= :since and not exists"
                + " (select r from Recording r where r.meeting = m and r.status <> :processing))"
                + " or exists (select p from Recording p where p.meeting = m and p.status = :processing))"
                + " order by m.closedAt desc, m.id desc", Meeting.class)
                .setParameter("since", recentSince).setParameter("processing", RecordingStatus.PROCESSING)
                .setMaxResults(max).getResultList();
    }

    /** Meetings that have recordings, in id order after the given one: the background sync re-checks them in turn. */
    public List<Meeting> withRecordingsAfter(long meetingId, int max) {
        return em.createQuery("select m from Meeting m where m.id > :after and exists"
                + " (select r from Recording r where r.meeting = m) order by m.id", Meeting.class)
                .setParameter("after", meetingId).setMaxResults(max).getResultList();
    }

    /** Every recorded meeting of a room that BBB created, oldest first. */
    public List<Meeting> recordedMeetingsOfRoom(long roomId) {
        return em.createQuery("select m from Meeting m where m.room.id = :room and m.record = true"
                + " and m.createTime is not null order by m.openedAt, m.id", Meeting.class)
                .setParameter("room", roomId).getResultList();
    }

    /** Every recorded meeting of a course's rooms (its course room and its groups' rooms). */
    public List<Meeting> recordedMeetingsOfCourse(long courseId) {
        return em.createQuery("select m from Meeting m where m.room.course.id = :course and m.record = true"
                + " and m.createTime is not null order by m.id", Meeting.class)
                .setParameter("course", courseId).getResultList();
    }

    /** The meeting whose callback token this is, compared in constant time. */
    public Optional<Meeting> meetingByToken(String token) {
        return em.createQuery("select m from Meeting m where m.callbackDigest = :digest", Meeting.class)
                .setParameter("digest", CallbackToken.digest(token)).getResultStream()
                .filter(m -> m.acceptsCallbackToken(token)).findFirst();
    }

    /**
     * Makes the local recordings of these meetings what BBB reported for them: new ones added, changed ones
     * updated, ones BBB no longer lists removed. Recordings of other meetings in {@code fetched} are ignored.
     */
    public SyncCounts apply(Collection<Long> meetingIds, List<ServerRecording> fetched, Instant now) {
        if (meetingIds.isEmpty()) {
            return SyncCounts.NONE;
        }
        Map<String, Meeting> meetings = new HashMap<>();
        meetingIds.stream().sorted().map(id -> em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE))
                .forEach(m -> meetings.put(m.getBbbMeetingId(), m));
        Map<String, Recording> local = new HashMap<>();
        em.createQuery("select r from Recording r where r.meeting.id in :ids", Recording.class)
                .setParameter("ids", meetingIds).getResultList().forEach(r -> local.put(r.getRecordId(), r));
        int added = 0;
        int updated = 0;
        Set<String> seen = new HashSet<>();
        for (ServerRecording recording : fetched) {
            Meeting meeting = meetings.get(recording.bbbMeetingId());
            if (meeting == null || !seen.add(recording.recordId())) {
                continue;
            }
            Recording known = local.get(recording.recordId());
            boolean wasReady = known != null && known.getStatus() != RecordingStatus.PROCESSING;
            if (known == null) {
                known = new Recording(meeting, recording, now);
                em.persist(known);
                added++;
            } else if (known.refresh(recording, now)) {
                updated++;
            }
            announce(known, wasReady, now);
        }
        List<Recording> gone = local.values().stream().filter(r -> !seen.contains(r.getRecordId())).toList();
        gone.forEach(em::remove);
        em.flush();
        return new SyncCounts(added, updated, gone.size());
    }

    /**
     * BBB's recording-ready callback for a recording of this meeting, with BBB's answer to the re-fetch: accepted
     * once (the recording is stored or updated), a replay afterwards (nothing changes), refused for a recording of
     * another meeting. A recording that BBB no longer has is removed.
     */
    public ReadyOutcome readyCallback(long meetingId, String recordId, Optional<ServerRecording> fetched, Instant now) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Recording> known = recording(recordId);
        if (known.filter(r -> !r.getMeeting().getId().equals(meetingId)).isPresent()) {
            return ReadyOutcome.REFUSED;
        }
        if (known.filter(r -> r.getReadyCallbackAt().isPresent()).isPresent()) {
            return ReadyOutcome.REPLAYED;
        }
        if (fetched.isEmpty()) {
            known.ifPresent(em::remove);
            return ReadyOutcome.ACCEPTED;
        }
        boolean wasReady = known.filter(r -> r.getStatus() != RecordingStatus.PROCESSING).isPresent();
        Recording recording = known.orElseGet(() -> {
            Recording created = new Recording(meeting, fetched.get(), now);
            em.persist(created);
            return created;
        });
        recording.refresh(fetched.get(), now);
        recording.readyCallback(now);
        announce(recording, wasReady, now);
        return ReadyOutcome.ACCEPTED;
    }

    /** Fires {@link RecordingReady} when the recording has just become playable. */
    private void announce(Recording recording, boolean wasReady, Instant now) {
        if (!wasReady && recording.getStatus() != RecordingStatus.PROCESSING) {
            readyEvents.fire(new RecordingReady(recording.getRecordId(), recording.getMeeting().getId(), now));
        }
    }

    public Optional<Recording> byRecordId(String recordId) {
        return recording(recordId);
    }

    /** The room's recordings, newest first: all of them. */
    public List<Recording> ofRoom(long roomId) {
        return em.createQuery("select r from Recording r where r.room.id = :room order by r.startedAt desc, r.id desc",
                Recording.class).setParameter("room", roomId).getResultList();
    }

    /**
     * Whether a recording of the room is on its way: a recorded meeting is open, or closed since {@code closedSince}
     * without a recording yet, or a recording is processing.
     */
    public boolean pending(long roomId, Instant closedSince) {
        return !em.createQuery("select m.id from Meeting m where m.room.id = :room and m.record = true"
                + " and ((m.closedAt is null or m.closedAt >= :since) and not exists"
                + " (select r from Recording r where r.meeting = m)"
                + " or exists (select p from Recording p where p.meeting = m and p.status = :processing))", Long.class)
                .setParameter("room", roomId).setParameter("since", closedSince)
                .setParameter("processing", RecordingStatus.PROCESSING).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Recording> ofCourse(long courseId) {
        return em.createQuery("select r from Recording r where r.course.id = :course order by r.id", Recording.class)
                .setParameter("course", courseId).getResultList();
    }

    /**
     * At most {@code max} recordings of these rooms, newest first, after a keyset position: every recording of the
     * {@code managed} rooms, and those of the {@code viewable} rooms that students see.
     */
    public List<Recording> ofRooms(Set<Long> managed, Set<Long> viewable, Optional<Keyset> after, int max) {
        if (managed.isEmpty() && viewable.isEmpty()) {
            return List.of();
        }
        List<String> shown = new ArrayList<>();
        if (!managed.isEmpty()) {
            shown.add("r.room.id in :managed");
        }
        if (!viewable.isEmpty()) {
            shown.add("(r.room.id in :viewable and r.status = :published and r.hidden = false)");
        }
        TypedQuery<Recording> query = em.createQuery("select r from Recording r where (" + String.join(" or ", shown)
                + ")" + Keyset.olderThan(after, "r.startedAt", "r.id") + " order by r.startedAt desc, r.id desc",
                Recording.class);
        if (!managed.isEmpty()) {
            query.setParameter("managed", managed);
        }
        if (!viewable.isEmpty()) {
            query.setParameter("viewable", viewable).setParameter("published", RecordingStatus.PUBLISHED);
        }
        return Keyset.bind(query, after).setMaxResults(max).getResultList();
    }

    /** Changes one recording after BBB accepted the change (or locally, for hiding). */
    public Recording change(String recordId, Consumer<Recording> change) {
        Recording recording = recording(recordId).orElseThrow(() -> new NotFoundException("recording.notFound"));
        em.lock(recording, LockModeType.PESSIMISTIC_WRITE);
        change.accept(recording);
        return recording;
    }

    /** Removes a recording that BBB deleted, once {@code last} has seen it, in the same transaction. */
    public void remove(String recordId, Consumer<Recording> last) {
        recording(recordId).ifPresent(recording -> {
            last.accept(recording);
            em.remove(recording);
        });
    }

    /** Removes recordings that BBB deleted. */
    public void remove(Collection<String> recordIds) {
        recordIds.forEach(id -> recording(id).ifPresent(em::remove));
    }

    /** The admin page: every recording, filtered by course, room type, start date and state. */
    public Page<Recording> search(RecordingFilter filter, PageRequest request) {
        return Paging.page(em, Recording.class, request, SORTABLE, "startedAt", (where, root) -> {
            if (filter.courseId() != null) {
                where.equal(root.get("course").get("id"), filter.courseId());
            }
            if (filter.roomType() != null) {
                where.equal(root.get("room").get("type"), filter.roomType());
            }
            where.equal(root.get("status"), filter.status())
                    .atLeast(root.get("startedAt"), filter.from())
                    .below(root.get("startedAt"), filter.until());
        });
    }

    private Optional<Recording> recording(String recordId) {
        return em.createQuery("select r from Recording r where r.recordId = :id", Recording.class)
                .setParameter("id", recordId).getResultStream()
                .filter(r -> r.getRecordId().equals(recordId)).findFirst();
    }
}

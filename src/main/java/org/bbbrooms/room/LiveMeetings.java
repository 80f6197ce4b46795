package org.bbbrooms.room;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;

/**
 * The admins' live view: every meeting open on the platform, with its room, course, participant count, how long it
 * has run and who started it, and End. It reads our own tables (two queries, whatever the number of meetings) and
 * what the status cache last heard from BBB ({@link RoomStatusCache#lastHeard}), never asking BBB: a meeting that
 * this node has not heard of yet shows no count until the pages or the attendance sync ask.
 * <p>Use: {@code List<LiveMeeting> now = live.list(actor);} and {@code live.end(actor, meetingId);}
 */
@Stateless
@PermitAll
public class LiveMeetings {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomStatusCache statuses;

    @Inject
    RoomContexts contexts;

    @Inject
    RoomService rooms;

    @Inject
    Clock clock = Clock.systemUTC();

    /** One running meeting as the live view shows it; {@code participants} empty while BBB's count is unknown. */
    public record LiveMeeting(long meetingId, String roomPublicId, String room, RoomType roomType,
            Optional<String> courseCode, Optional<String> courseTitle, Optional<Integer> participants,
            Instant openedAt, Duration running, String startedBy) {
    }

    /** The open meetings, longest running first; {@code access.denied} for anyone but an admin. */
    public List<LiveMeeting> list(Actor actor) {
        requireAdmin(actor);
        List<Meeting> open = em.createQuery("select m from Meeting m join fetch m.room r left join fetch r.course"
                + " where m.closedAt is null and m.createTime is not null order by m.openedAt, m.id", Meeting.class)
                .getResultList();
        Map<Long, String> starters = new HashMap<>();
        if (!open.isEmpty()) {
            em.createQuery("select u from User u where u.id in :ids", User.class)
                    .setParameter("ids", open.stream().map(Meeting::getStartedBy).distinct().toList())
                    .getResultList().forEach(user -> starters.put(user.getId(), user.getDisplayName()));
        }
        Instant now = clock.instant();
        return open.stream().map(m -> new LiveMeeting(m.getId(), m.getRoom().getPublicId(),
                contexts.name(m.getRoom()), m.getRoom().getType(), m.getRoom().getCourse().map(Course::getCode),
                m.getRoom().getCourse().map(Course::getTitle), participants(m), m.getOpenedAt(),
                Duration.between(m.getOpenedAt(), now), starters.getOrDefault(m.getStartedBy(), ""))).toList();
    }

    /**
     * Ends the meeting for everybody, as the room's End does (checked by {@link RoomService#end}, and written to
     * the audit log); {@code live.gone} when it has ended meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void end(Actor actor, long meetingId) {
        requireAdmin(actor);
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, meetingId)).filter(Meeting::isOpen)
                .orElseThrow(() -> new BusinessException("live.gone"));
        rooms.end(actor, meeting.getRoom().getPublicId());
    }

    private Optional<Integer> participants(Meeting meeting) {
        return statuses.lastHeard(meeting.getBbbMeetingId()).filter(state -> state.kind() != MeetingState.Kind.GONE)
                .map(MeetingState::participantCount);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("access.denied");
        }
    }
}

package org.bbbrooms.attendance;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.identity.User;
import org.bbbrooms.room.CallbackOutcome;
import org.bbbrooms.room.CallbackToken;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.GuestJoined;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.MeetingClosed;
import org.bbbrooms.room.MeetingJoined;
import org.bbbrooms.room.UserReturned;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes attendance from every source, each change with the meeting's row locked, so that a join, a close, a sync
 * and the analytics callback of one meeting never interleave. A join is written in the transaction that hands out
 * the join link ({@link MeetingJoined}, {@link GuestJoined} for a room's guests); a leave comes from the first of:
 * the user's return through the logoutURL
 * ({@link UserReturned}), the background sync ({@link #observed}), the meeting's close ({@link MeetingClosed}); the
 * analytics callback ({@link #analytics}) then replaces the estimates with BBB's exact intervals and engagement,
 * and fires {@link AttendanceFinal}.
 * A leave learnt late (a sync after a gap, a meeting found stale after a restart) is placed at most one sync period
 * after the attendee was last known to be in.
 * <p>Use: through the CDI events, {@link AttendanceSync} and {@link AnalyticsCallback}.
 */
@Stateless
@PermitAll
public class AttendanceLedger {

    /** How long a join link may go unused before the sync counts its holder as gone, at the least. */
    static final Duration MIN_JOIN_GRACE = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AttendanceFinal> finalEvents;

    @Inject
    @ConfigProperty(name = AttendanceSync.PERIOD_KEY, defaultValue = AttendanceSync.PERIOD_DEFAULT)
    long periodSeconds;

    /** Records the join in the transaction that hands out the link; an open interval of the user goes on. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void joined(@Observes MeetingJoined joined) {
        Meeting meeting = em.find(Meeting.class, joined.meetingId());
        long alreadyIn = em.createQuery("select count(a) from Attendance a where a.meeting.id = :meeting"
                + " and a.user.id = :user and a.leftAt is null", Long.class)
                .setParameter("meeting", joined.meetingId()).setParameter("user", joined.userId()).getSingleResult();
        if (alreadyIn == 0) {
            em.persist(Attendance.of(meeting, em.getReference(User.class, joined.userId()), joined.bbbUserId(),
                    joined.fullName(), joined.role() == Role.MODERATOR, joined.at(), JoinSource.PORTAL));
        }
    }

    /** Records a guest's join in the transaction that hands out their link. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void guestJoined(@Observes GuestJoined joined) {
        em.persist(Attendance.ofGuest(em.find(Meeting.class, joined.meetingId()), joined.bbbUserId(),
                joined.fullName(), joined.role() == Role.MODERATOR, joined.at(), JoinSource.PORTAL));
    }

    /** Closes every open interval of the meeting, in the transaction that closes it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void closed(@Observes MeetingClosed closed) {
        for (Attendance row : rows(closed.meetingId())) {
            if (row.isOpen()) {
                Instant at = closed.reason() == CloseReason.STALE ? latest(closed.at(), row) : closed.at();
                row.leave(at, LeaveSource.END);
            }
        }
    }

    /** The user came back from the room's meeting: their open intervals there end now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void returned(@Observes UserReturned returned) {
        List<Long> meetings = em.createQuery("select distinct a.meeting.id from Attendance a where a.user.id = :user"
                + " and a.leftAt is null and a.meeting.room.publicId = :room", Long.class)
                .setParameter("user", returned.userId()).setParameter("room", returned.roomPublicId())
                .getResultList();
        for (long meetingId : meetings) {
            em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
            rows(meetingId).stream().filter(Attendance::isOpen)
                    .filter(row -> row.getUser().map(u -> u.getId() == returned.userId()).orElse(false))
                    .forEach(row -> row.leave(returned.at(), LeaveSource.RETURN));
        }
    }

    /** The open meetings that BBB has created, for the sync. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Meeting> openMeetings() {
        return em.createQuery("select m from Meeting m where m.closedAt is null and m.createTime is not null"
                + " order by m.id", Meeting.class).getResultList();
    }

    /**
     * What the sync saw in BBB at {@code at}: the attendees present. Open intervals of attendees still there are
     * marked seen; those of attendees gone end (within one period of when they were last seen); attendees without
     * an open interval get one: a portal user by their user (matched by the userID the portal gave them), anybody
     * else as an external attendee. Nothing changes once the meeting is closed or its analytics arrived.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void observed(long meetingId, Collection<Presence> present, Instant at) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || !meeting.isOpen() || receipt(meetingId).isPresent()) {
            return;
        }
        Map<String, Presence> here = new LinkedHashMap<>();
        present.forEach(p -> here.putIfAbsent(p.bbbUserId(), p));
        List<Attendance> rows = rows(meetingId);
        Map<String, User> portalUsers = portalUsers(rows);
        Set<String> stillIn = new HashSet<>();
        for (Attendance row : rows) {
            if (!row.isOpen()) {
                continue;
            }
            if (here.containsKey(row.getBbbUserId())) {
                row.seen(at);
                stillIn.add(row.getBbbUserId());
            } else if (row.getSeenAt().isPresent() || !at.isBefore(row.getJoinedAt().plus(joinGrace()))) {
                row.leave(latest(at, row), LeaveSource.SYNC);
            }
        }
        Set<String> guests = guests(rows);
        here.values().stream().filter(p -> !stillIn.contains(p.bbbUserId())).forEach(p -> {
            Attendance row = guests.contains(p.bbbUserId())
                    ? Attendance.ofGuest(meeting, p.bbbUserId(), p.fullName(), p.moderator(), at, JoinSource.SYNC)
                    : Attendance.of(meeting, portalUsers.get(p.bbbUserId()), p.bbbUserId(), p.fullName(),
                            p.moderator(), at, JoinSource.SYNC);
            row.seen(at);
            em.persist(row);
        });
    }

    /**
     * BBB's analytics for the meeting replace what was estimated: its intervals (an attendee still in at the end
     * leaves at the report's finish) and engagement. Attendees the portal let in keep their user; others are
     * external. Accepted once; a second report is a replay and changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CallbackOutcome analytics(long meetingId, AnalyticsReport report, Instant now) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            return CallbackOutcome.UNKNOWN;
        }
        if (receipt(meetingId).isPresent()) {
            return CallbackOutcome.REPLAYED;
        }
        List<Attendance> estimates = rows(meetingId);
        Map<String, User> portalUsers = portalUsers(estimates);
        Set<String> guests = guests(estimates);
        estimates.forEach(em::remove);
        em.createQuery("delete from Engagement e where e.meeting.id = :meeting").setParameter("meeting", meetingId)
                .executeUpdate();
        Instant end = report.finish().or(meeting::getClosedAt).orElse(now);
        for (AnalyticsReport.Attendee attendee : report.attendees()) {
            for (Interval interval : attendee.intervals(end)) {
                Attendance row = guests.contains(attendee.userId())
                        ? Attendance.ofGuest(meeting, attendee.userId(), attendee.name(), attendee.moderator(),
                                interval.from(), JoinSource.ANALYTICS)
                        : Attendance.of(meeting, portalUsers.get(attendee.userId()), attendee.userId(),
                                attendee.name(), attendee.moderator(), interval.from(), JoinSource.ANALYTICS);
                row.leave(interval.to(), LeaveSource.ANALYTICS);
                em.persist(row);
            }
            em.persist(new Engagement(meeting, attendee.userId(), attendee.engagement()));
        }
        em.persist(new AnalyticsReceipt(meeting, now, report.start(), report.finish()));
        finalEvents.fire(new AttendanceFinal(meetingId, now));
        return CallbackOutcome.ACCEPTED;
    }

    /** The meeting whose callback token this is, checked in constant time. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Meeting> meetingByToken(String token) {
        return em.createQuery("select m from Meeting m where m.callbackDigest = :digest", Meeting.class)
                .setParameter("digest", CallbackToken.digest(token)).getResultStream()
                .filter(meeting -> meeting.acceptsCallbackToken(token)).findFirst();
    }

    private Optional<AnalyticsReceipt> receipt(long meetingId) {
        return em.createQuery("select r from AnalyticsReceipt r where r.meeting.id = :meeting", AnalyticsReceipt.class)
                .setParameter("meeting", meetingId).getResultStream().findFirst();
    }

    private List<Attendance> rows(long meetingId) {
        return em.createQuery("select a from Attendance a where a.meeting.id = :meeting order by a.joinedAt, a.id",
                Attendance.class).setParameter("meeting", meetingId).getResultList();
    }

    /** The users the portal let in, by the userID it gave BBB for them. */
    private static Map<String, User> portalUsers(List<Attendance> rows) {
        Map<String, User> users = new HashMap<>();
        rows.forEach(row -> row.getUser().ifPresent(user -> users.putIfAbsent(row.getBbbUserId(), user)));
        return users;
    }

    /** The BBB user ids of the guests the portal let in (their re-joins and BBB's report of them stay guests). */
    private static Set<String> guests(List<Attendance> rows) {
        Set<String> guests = new HashSet<>();
        rows.stream().filter(Attendance::isGuest).forEach(row -> guests.add(row.getBbbUserId()));
        return guests;
    }

    /** The leave of an attendee learnt at {@code at}: no later than one period after they were last known in. */
    private Instant latest(Instant at, Attendance row) {
        Instant bound = row.lastKnownPresent().plus(period());
        return at.isBefore(bound) ? at : bound;
    }

    private Duration period() {
        return Duration.ofSeconds(periodSeconds);
    }

    /** A join link may take a while to load BBB's client: its holder is not gone before this. */
    private Duration joinGrace() {
        Duration twoPeriods = period().multipliedBy(2);
        return twoPeriods.compareTo(MIN_JOIN_GRACE) > 0 ? twoPeriods : MIN_JOIN_GRACE;
    }
}

package org.bbbrooms.api.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bbbrooms.attendance.AttendanceFinal;
import org.bbbrooms.identity.User;
import org.bbbrooms.recording.Recording;
import org.bbbrooms.recording.RecordingReady;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.MeetingClosed;
import org.bbbrooms.room.MeetingStarted;

/**
 * The outbox: turns the features' CDI events into webhook events and their deliveries, written by a synchronous
 * observer in the very transaction that makes the change (MANDATORY), with the meeting's row locked. So an event
 * exists exactly when its change committed: none is lost when a node stops after the commit (an AFTER_SUCCESS
 * observer would lose it), none is sent for a change that rolled back. Nothing is written when no subscription
 * wants the type; subscriptions of a revoked API client get nothing more. The types:
 * <ul>
 * <li>{@code meeting.started}: BBB created the meeting ({@link MeetingStarted});</li>
 * <li>{@code meeting.ended}: a created meeting was closed, by End, BBB's end callback or found gone
 * ({@link MeetingClosed});</li>
 * <li>{@code recording.ready}: a recording became playable ({@link RecordingReady});</li>
 * <li>{@code attendance.final}: BBB's analytics were accepted ({@link AttendanceFinal}, source {@code analytics});
 * or none came within the grace period after the end, when the portal's figures are final
 * ({@link #settleEstimate}, source {@code estimate}). A late analytics report after an estimate sends a second
 * {@code attendance.final}, source {@code analytics}, which supersedes it.</li>
 * </ul>
 * <p>Use: nothing to call for the observed events; the {@link WebhookWorker} calls the two estimate methods.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WebhookOutbox {

    static final String ANALYTICS = "analytics";
    static final String ESTIMATE = "estimate";

    @PersistenceContext
    EntityManager em;

    @Inject
    EventPayloads payloads;

    @Inject
    Clock clock = Clock.systemUTC();

    public void started(@Observes MeetingStarted started) {
        Meeting meeting = em.find(Meeting.class, started.meetingId());
        record(EventType.MEETING_STARTED, "meeting.started:" + meeting.getId(), meeting, started.at(),
                () -> meetingData(meeting).build());
    }

    public void closed(@Observes MeetingClosed closed) {
        Meeting meeting = em.find(Meeting.class, closed.meetingId());
        if (meeting.isCreated()) {
            record(EventType.MEETING_ENDED, "meeting.ended:" + meeting.getId(), meeting, closed.at(),
                    () -> meetingData(meeting).build());
        }
    }

    public void ready(@Observes RecordingReady ready) {
        Meeting meeting = em.find(Meeting.class, ready.meetingId());
        record(EventType.RECORDING_READY, "recording.ready:" + ready.recordId(), meeting, ready.at(), () -> {
            Recording recording = em.createQuery("select r from Recording r where r.recordId = :id", Recording.class)
                    .setParameter("id", ready.recordId()).getSingleResult();
            return meetingData(meeting).add("recording", payloads.recording(recording)).build();
        });
    }

    public void settled(@Observes AttendanceFinal settled) {
        settle(em.find(Meeting.class, settled.meetingId()), ANALYTICS, settled.at());
    }

    /**
     * Created meetings closed between {@code from} and {@code until} whose attendance no analytics settled and no
     * event announced yet; none when no subscription wants {@code attendance.final}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> unsettled(Instant from, Instant until, int max) {
        if (subscribers(EventType.ATTENDANCE_FINAL).isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m.id from Meeting m where m.createTime is not null and m.closedAt > :from"
                + " and m.closedAt <= :until and not exists (select r from AnalyticsReceipt r where r.meeting = m)"
                + " and not exists (select e from WebhookEvent e where e.meetingId = m.id and e.type = :type)"
                + " order by m.closedAt", Long.class)
                .setParameter("from", from).setParameter("until", until)
                .setParameter("type", EventType.ATTENDANCE_FINAL).setMaxResults(max).getResultList();
    }

    /** Announces the portal's figures of a meeting as final, unless analytics came meanwhile (row locked). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settleEstimate(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        long receipts = em.createQuery("select count(r) from AnalyticsReceipt r where r.meeting.id = :meeting",
                Long.class).setParameter("meeting", meetingId).getSingleResult();
        if (receipts == 0) {
            settle(meeting, ESTIMATE, clock.instant());
        }
    }

    private void settle(Meeting meeting, String source, Instant at) {
        record(EventType.ATTENDANCE_FINAL, "attendance.final:" + meeting.getId() + ":" + source, meeting, at, () -> {
            List<Object[]> counts = em.createQuery("select count(distinct a.bbbUserId), count(distinct u.id)"
                    + " from Attendance a left join a.user u where a.meeting.id = :meeting", Object[].class)
                    .setParameter("meeting", meeting.getId()).getResultList();
            long attendees = ((Number) counts.get(0)[0]).longValue();
            long portalUsers = ((Number) counts.get(0)[1]).longValue();
            return meetingData(meeting).add("attendance", payloads.attendance(source, at, attendees, portalUsers))
                    .build();
        });
    }

    private JsonObjectBuilder meetingData(Meeting meeting) {
        return payloads.meeting(meeting, em.find(User.class, meeting.getStartedBy()));
    }

    /** Writes the event and one delivery per subscription that wants it; once per dedupe key. */
    private void record(EventType type, String dedupeKey, Meeting meeting, Instant at,
            Supplier<JsonObject> data) {
        List<Subscription> subscriptions = subscribers(type);
        boolean known = !em.createQuery("select e.id from WebhookEvent e where e.dedupeKey = :key", Long.class)
                .setParameter("key", dedupeKey).setMaxResults(1).getResultList().isEmpty();
        if (subscriptions.isEmpty() || known) {
            return;
        }
        WebhookEvent event = new WebhookEvent(type, dedupeKey, Optional.of(meeting.getId()), at,
                payloads.envelope(data.get()));
        em.persist(event);
        Instant now = clock.instant();
        subscriptions.forEach(subscription -> em.persist(new Delivery(subscription, event, now)));
    }

    private List<Subscription> subscribers(EventType type) {
        return em.createQuery("select s from Subscription s where s.apiClientId is null or exists (select c from"
                + " ApiClient c where c.id = s.apiClientId and c.revokedAt is null) order by s.id", Subscription.class)
                .getResultList().stream().filter(s -> s.wants(type)).toList();
    }
}

package org.bbbrooms.lti.grades;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.api.webhook.Backoff;
import org.bbbrooms.attendance.Attendance;
import org.bbbrooms.attendance.AttendanceFinal;
import org.bbbrooms.attendance.CompletionRule;
import org.bbbrooms.attendance.CompletionService;
import org.bbbrooms.attendance.Interval;
import org.bbbrooms.attendance.Intervals;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.lti.LtiContext;
import org.bbbrooms.lti.services.Scopes;
import org.bbbrooms.lti.services.ServiceSettings;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.MeetingClosed;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomContexts;

/**
 * The grade book of graded rooms: a meeting that closes in a graded room is marked due (in the closing transaction,
 * so that no closed meeting is missed when a node stops), and again when BBB's analytics make its attendance exact;
 * a background pass then {@link #grade grades} it, one score per active student of the room (its course's students,
 * a group room's members among them) who came from the LMS, from the verdict of the room's completion rule on their
 * attendance ({@link ScoreMath}), as the room's report gives it; the scores wait in the outbox ({@link ScoreEntry})
 * until {@link GradeSender} has sent them. Rooms are graded only where their
 * course is an LMS context granting the AGS line item and score scopes.
 * <p>Use: the CDI events, and {@code LtiServicesWorker}'s passes.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GradeBook {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceSettings settings;

    @Inject
    RoomContexts rooms;

    @Inject
    CompletionService completion;

    @Inject
    Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void closed(@Observes MeetingClosed closed) {
        due(closed.meetingId());
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void settled(@Observes AttendanceFinal settled) {
        due(settled.meetingId());
    }

    private void due(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || !meeting.isCreated()) {
            return;
        }
        grading(meeting.getRoom()).filter(RoomGrading::isEnabled).ifPresent(grading -> {
            GradeMeeting known = em.find(GradeMeeting.class, meetingId);
            if (known == null) {
                em.persist(new GradeMeeting(meetingId, grading.getId(), clock.instant()));
            } else {
                known.due(clock.instant());
            }
        });
    }

    /** The room's grading settings, if a teacher set any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<RoomGrading> grading(Room room) {
        return em.createQuery("select g from RoomGrading g where g.room = :room", RoomGrading.class)
                .setParameter("room", room).getResultStream().findFirst();
    }

    /** The LMS context of the room's course that takes scores, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LtiContext> gradedContext(Room room) {
        Optional<Course> course = room.getCourse();
        if (course.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select c from LtiContext c where c.course = :course and c.lineItemsUrl is not null"
                        + " order by c.id", LtiContext.class).setParameter("course", course.get()).getResultStream()
                .filter(c -> c.getAgsScopes().containsAll(List.of(Scopes.LINE_ITEM, Scopes.SCORE))).findFirst();
    }

    public List<Long> dueMeetings(int max) {
        return em.createQuery("select g.meetingId from GradeMeeting g where g.dueAt is not null and g.dueAt <= :now"
                + " order by g.dueAt", Long.class).setParameter("now", clock.instant()).setMaxResults(max)
                .getResultList();
    }

    /** Claims a due meeting and writes its scores (none when another node claimed it first): how many. */
    public int grade(long meetingId) {
        Instant now = clock.instant();
        int won = em.createQuery("update GradeMeeting g set g.dueAt = null, g.gradedAt = :now"
                        + " where g.meetingId = :id and g.dueAt is not null and g.dueAt <= :now")
                .setParameter("now", now).setParameter("id", meetingId).executeUpdate();
        if (won == 0) {
            return 0;
        }
        GradeMeeting due = em.find(GradeMeeting.class, meetingId);
        RoomGrading grading = em.find(RoomGrading.class, due.getGradingId());
        Meeting meeting = em.find(Meeting.class, meetingId);
        Optional<LtiContext> context = gradedContext(grading.getRoom());
        if (!grading.isEnabled() || context.isEmpty() || meeting.getClosedAt().isEmpty()) {
            return 0;
        }
        grading.context(context.get());
        Instant end = meeting.getClosedAt().get();
        Duration length = meeting.length(end);
        CompletionRule rule = completion.rule(grading.getRoom().getId());
        Map<Long, Duration> attended = attended(meetingId, end);
        int written = 0;
        for (Object[] student : students(grading.getRoom(), context.get())) {
            User user = (User) student[0];
            Duration time = attended.getOrDefault(user.getId(), Duration.ZERO);
            ScoreEntry entry = em.createQuery("select s from ScoreEntry s where s.meetingId = :meeting"
                            + " and s.user = :user", ScoreEntry.class).setParameter("meeting", meetingId)
                    .setParameter("user", user).getResultStream().findFirst().orElseGet(() -> {
                        ScoreEntry made = new ScoreEntry(grading, meetingId, user, (String) student[1]);
                        em.persist(made);
                        return made;
                    });
            entry.scored(time, ScoreMath.score(time, length, rule), now);
            written++;
        }
        return written;
    }

    /** Each portal user's time in the meeting: the union of their stays, an open one ending with the meeting. */
    private Map<Long, Duration> attended(long meetingId, Instant end) {
        Map<Long, List<Interval>> stays = new HashMap<>();
        em.createQuery("select a from Attendance a where a.meeting.id = :meeting and a.user is not null",
                Attendance.class).setParameter("meeting", meetingId).getResultList().forEach(row -> {
                    Instant left = row.getLeftAt().orElse(end);
                    stays.computeIfAbsent(row.getUser().orElseThrow().getId(), id -> new ArrayList<>())
                            .add(new Interval(row.getJoinedAt(), left.isBefore(row.getJoinedAt()) ? row.getJoinedAt()
                                    : left));
                });
        Map<Long, Duration> attended = new HashMap<>();
        stays.forEach((user, intervals) -> attended.put(user, Intervals.union(intervals)));
        return attended;
    }

    /** The room's active students who came from the context's platform, with their sub. */
    private List<Object[]> students(Room room, LtiContext context) {
        List<Object[]> students = em.createQuery("select e.user, l.sub from Enrollment e, LtiUser l"
                        + " where l.user = e.user and l.platform = :platform and e.course = :course"
                        + " and e.active = true and e.role = :student order by e.user.id", Object[].class)
                .setParameter("platform", context.getPlatform()).setParameter("course", context.getCourse())
                .setParameter("student", CourseRole.STUDENT).getResultList();
        return room.getGroup().map(group -> students.stream().filter(s -> group.hasMember((User) s[0])).toList())
                .orElse(students);
    }

    public List<Long> dueScores(int max) {
        return em.createQuery("select s.id from ScoreEntry s where s.status = :pending and s.nextAttemptAt <= :now"
                        + " and (s.claimedUntil is null or s.claimedUntil < :now) order by s.nextAttemptAt", Long.class)
                .setParameter("pending", ScoreEntry.Status.PENDING).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /** Claims a due score for {@code hold} (empty when another node has it), with what sending it needs. */
    public Optional<ScoreClaim> claim(long scoreId, Duration hold) {
        Instant now = clock.instant();
        int won = em.createQuery("update ScoreEntry s set s.claimedUntil = :until where s.id = :id"
                        + " and s.status = :pending and (s.claimedUntil is null or s.claimedUntil < :now)")
                .setParameter("until", now.plus(hold)).setParameter("id", scoreId)
                .setParameter("pending", ScoreEntry.Status.PENDING).setParameter("now", now).executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        ScoreEntry score = em.find(ScoreEntry.class, scoreId);
        RoomGrading grading = score.getGrading();
        LtiContext context = grading.getContext().orElseThrow();
        return Optional.of(new ScoreClaim(scoreId, grading.getId(), context.getPlatform(),
                URI.create(context.getLineItemsUrl().orElseThrow()), grading.getLineItemUrl().map(URI::create),
                grading.getRoom().getPublicId(), rooms.name(grading.getRoom()), score.getSub(), score.scoreGiven(),
                score.getScoreMaximum(), score.getScoredAt()));
    }

    /** The LMS took the score (on this line item, now known for the room). */
    public void sent(long scoreId, URI lineItem) {
        ScoreEntry score = em.find(ScoreEntry.class, scoreId);
        score.getGrading().lineItem(lineItem.toString());
        score.sent(clock.instant());
    }

    /** The LMS did not take the score: tried again later, unless it refused or the attempts are spent. */
    public void failed(long scoreId, String error, boolean refused) {
        ScoreEntry score = em.find(ScoreEntry.class, scoreId);
        int failures = score.getAttempts() + 1;
        Optional<Instant> next = refused || failures >= settings.scoreAttempts() ? Optional.empty()
                : Optional.of(clock.instant().plus(Backoff.STANDARD.delayAfter(failures)));
        score.failed(error, next);
    }
}

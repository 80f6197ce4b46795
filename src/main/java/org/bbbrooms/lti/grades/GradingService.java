package org.bbbrooms.lti.grades;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.attendance.CompletionRule;
import org.bbbrooms.attendance.CompletionService;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.lti.LtiContext;
import org.bbbrooms.lti.services.RosterRun;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomContexts;

/**
 * A room's grading as its teachers see and set it: on or off, the room's completion rule (the one its reports'
 * verdicts follow, which the scores follow too, so saving it here changes the reports' rule), whether its course is
 * an LMS context that takes scores, the last roster sync, and the scores sent, waiting and failed (failed ones may be
 * tried again). Only the teachers of the room's course and admins may see or change it; it never calls the LMS, so a
 * page that shows it never waits on one.
 * <p>Use: {@code GradingView view = grading.save(actor, publicId, true, new CompletionRule(MINUTES, 45));}
 */
@Stateless
@PermitAll
public class GradingService {

    static final int FAILURES_SHOWN = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrollmentService enrollments;

    @Inject
    GradeBook gradeBook;

    @Inject
    RoomContexts contexts;

    @Inject
    CompletionService completion;

    @Inject
    Clock clock = Clock.systemUTC();

    /** A score that did not reach the LMS. */
    public record Failure(String student, String error, Instant scoredAt) {
    }

    /** What the grading page shows. */
    public record GradingView(String roomPublicId, String roomName, boolean placed, boolean enabled,
            CompletionRule rule, Optional<RosterRun> roster, long sent, long pending, long failed,
            List<Failure> failures) {
    }

    public GradingView view(Actor actor, String publicId) {
        return view(teachable(actor, publicId));
    }

    /** Whether the room's grades are the actor's to set here: a teacher (or admin) of a room placed from an LMS. */
    public boolean offered(Actor actor, String publicId) {
        try {
            return gradeBook.gradedContext(teachable(actor, publicId)).isPresent();
        } catch (AccessDeniedException | NotFoundException e) {
            return false;
        }
    }

    /** Turns the grades on or off and sets the room's completion rule, which its scores and reports follow. */
    public GradingView save(Actor actor, String publicId, boolean enabled, CompletionRule rule) {
        Room room = teachable(actor, publicId);
        Optional<LtiContext> context = gradeBook.gradedContext(room);
        if (enabled && context.isEmpty()) {
            throw new BusinessException("lti.grading.notPlaced");
        }
        completion.save(actor, publicId, rule);
        RoomGrading grading = gradeBook.grading(room).orElseGet(() -> {
            RoomGrading made = new RoomGrading(room, context.orElse(null), clock.instant());
            em.persist(made);
            return made;
        });
        grading.set(enabled, clock.instant());
        return view(room);
    }

    /** Sends the room's failed scores again from their first attempt: how many. */
    public int retryFailed(Actor actor, String publicId) {
        Room room = teachable(actor, publicId);
        List<ScoreEntry> failed = em.createQuery("select s from ScoreEntry s where s.grading.room = :room"
                + " and s.status = :failed", ScoreEntry.class).setParameter("room", room)
                .setParameter("failed", ScoreEntry.Status.FAILED).getResultList();
        failed.forEach(score -> score.retry(clock.instant()));
        return failed.size();
    }

    private GradingView view(Room room) {
        Optional<LtiContext> context = gradeBook.gradedContext(room);
        Optional<RoomGrading> grading = gradeBook.grading(room);
        Optional<RosterRun> roster = context.map(c -> em.find(RosterRun.class, c.getId()));
        List<Failure> failures = em.createQuery("select s from ScoreEntry s where s.grading.room = :room"
                        + " and s.status = :failed order by s.scoredAt desc, s.id desc", ScoreEntry.class)
                .setParameter("room", room).setParameter("failed", ScoreEntry.Status.FAILED)
                .setMaxResults(FAILURES_SHOWN).getResultList().stream()
                .map(s -> new Failure(s.getUser().getDisplayName(), s.getLastError().orElse(""), s.getScoredAt()))
                .toList();
        return new GradingView(room.getPublicId(), contexts.name(room), context.isPresent(),
                grading.map(RoomGrading::isEnabled).orElse(false),
                completion.rule(room.getId()), roster,
                count(room, ScoreEntry.Status.SENT), count(room, ScoreEntry.Status.PENDING),
                count(room, ScoreEntry.Status.FAILED), failures);
    }

    private long count(Room room, ScoreEntry.Status status) {
        return em.createQuery("select count(s) from ScoreEntry s where s.grading.room = :room and s.status = :status",
                Long.class).setParameter("room", room).setParameter("status", status).getSingleResult();
    }

    /** The room, when the actor teaches its course or is an admin. */
    private Room teachable(Actor actor, String publicId) {
        Room room = em.createQuery("select r from Room r where r.publicId = :id", Room.class)
                .setParameter("id", publicId == null ? "" : publicId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("lti.grading.noRoom"));
        boolean teaches = room.getCourse().flatMap(c -> enrollments.roleOf(actor.userId(), c.getId()))
                .filter(role -> role == CourseRole.TEACHER).isPresent();
        if (room.getCourse().isEmpty() || !(teaches || actor.isAdmin())) {
            throw new AccessDeniedException("lti.grading.denied");
        }
        return room;
    }
}

package org.bbbrooms.testing.server;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.bbbrooms.attendance.Attendance;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditEntry;
import org.bbbrooms.attendance.JoinSource;
import org.bbbrooms.attendance.LeaveSource;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.recording.Playback;
import org.bbbrooms.recording.Recording;
import org.bbbrooms.recording.RecordingStatus;
import org.bbbrooms.recording.ServerRecording;
import org.bbbrooms.room.CallbackToken;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.MeetingPlan;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomKey;
import org.bbbrooms.room.RoomService;

/**
 * A course's past, written straight into the tables in one transaction rather than played through BBB, so that
 * tests of reports and lists get many meetings cheaply; and the course room's meeting started and ended as its
 * teacher would, through the room service and the sandbox.
 * <p>Use: {@code history.meetings(courseId, 7)} gives the meetings' ids, newest first, as JSON.
 */
@Stateless
public class SuiteHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomService rooms;

    @Inject
    Clock clock;

    /**
     * {@code count} closed, recorded meetings of the course room, an hour apart but two by two at the same instant
     * (pages must then order by id too; the oldest alone), each attended by the teacher (moderator, 40 min) and the
     * first student (twice: 10 min, then 20 min), each with a published recording; the oldest one's is hidden.
     */
    public JsonObject meetings(long courseId, int count) {
        Course course = em.find(Course.class, courseId);
        Room room = em.createQuery("select r from Room r where r.contextKey = :key", Room.class)
                .setParameter("key", RoomKey.course(courseId).value()).getResultStream().findFirst()
                .orElseGet(() -> {
                    Room created = Room.ofCourse(course);
                    em.persist(created);
                    return created;
                });
        User teacher = enrolled(courseId, CourseRole.TEACHER);
        User student = enrolled(courseId, CourseRole.STUDENT);
        Instant first = clock.instant().minus(Duration.ofDays(1));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = first.plus(Duration.ofHours((i + 1) / 2));
            Meeting meeting = new Meeting(room, teacher.getId(), new MeetingPlan("", true, 0, 0),
                    ThreadLocalRandom.current().nextInt(10_000, 100_000), CallbackToken.random(), start);
            meeting.created("internal-" + meeting.getBbbMeetingId(), start.toEpochMilli());
            meeting.close(CloseReason.ENDED, start.plus(Duration.ofMinutes(45)));
            em.persist(meeting);
            stay(meeting, teacher, true, start, 40);
            stay(meeting, student, false, start.plus(Duration.ofMinutes(1)), 10);
            stay(meeting, student, false, start.plus(Duration.ofMinutes(15)), 20);
            Recording recording = new Recording(meeting, new ServerRecording("rec-" + meeting.getBbbMeetingId(),
                    meeting.getBbbMeetingId(), "Recording " + i, Optional.empty(), RecordingStatus.PUBLISHED,
                    Optional.of(start), Optional.of(start.plus(Duration.ofMinutes(45))), 2,
                    List.of(new Playback("presentation", "https://bbb.example.org/playback/" + i, 45))),
                    clock.instant());
            recording.setHidden(i == 0);
            em.persist(recording);
            ids.add(0, meeting.getId());
        }
        return Json.createObjectBuilder().add("room", room.getPublicId())
                .add("meetings", Json.createArrayBuilder(ids)).build();
    }

    /** A guest of the room's guest link in a past meeting, by the name they typed, from its start. */
    public void guestStay(long meetingId, String name, int minutes) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        Attendance stay = Attendance.ofGuest(meeting, "g" + ThreadLocalRandom.current().nextInt(1_000_000), name,
                false, meeting.getOpenedAt(), JoinSource.PORTAL);
        stay.leave(meeting.getOpenedAt().plus(Duration.ofMinutes(minutes)), LeaveSource.RETURN);
        em.persist(stay);
    }

    /** The details of the course's audit entries of this action, oldest first, and their whole text. */
    public JsonObject audit(String courseCode, AuditAction action) {
        List<AuditEntry> entries = em.createQuery("select e from AuditEntry e where e.course = :course"
                + " and e.action = :action order by e.occurredAt, e.id", AuditEntry.class)
                .setParameter("course", courseCode).setParameter("action", action).getResultList();
        return Json.createObjectBuilder().add("details", Json.createArrayBuilder(entries.stream()
                        .map(e -> e.getDetails().orElse("")).toList()))
                .add("text", entries.stream().map(e -> e.getTarget() + " " + e.getDetails().orElse("") + " "
                        + e.getOldValue().orElse("") + " " + e.getNewValue().orElse("")).toList().toString()).build();
    }

    /** Gives the course the id a host portal knows it by. */
    public void externalId(long courseId, String externalId) {
        em.find(Course.class, courseId).setExternalId(externalId);
    }

    /** Starts the course room's meeting as its teacher does, with BBB (the sandbox), or ends it for everybody. */
    public JsonObject courseRoom(long courseId, boolean start) {
        Actor actor = Actor.of(enrolled(courseId, CourseRole.TEACHER));
        String room = rooms.courseRoom(actor, courseId).publicId();
        if (start) {
            URI join = rooms.start(actor, room, "/");
            return Json.createObjectBuilder().add("room", room).add("join", join.toString()).build();
        }
        rooms.end(actor, room);
        return Json.createObjectBuilder().add("room", room).build();
    }

    /** The course's first member in this role. */
    private User enrolled(long courseId, CourseRole role) {
        return em.createQuery("select e.user from Enrollment e where e.course.id = :course and e.role = :role"
                + " order by e.id", User.class).setParameter("course", courseId).setParameter("role", role)
                .setMaxResults(1).getSingleResult();
    }

    private void stay(Meeting meeting, User user, boolean moderator, Instant joined, int minutes) {
        Attendance stay = Attendance.of(meeting, user, "u" + user.getId(), user.getDisplayName(), moderator, joined,
                JoinSource.PORTAL);
        stay.leave(joined.plus(Duration.ofMinutes(minutes)), LeaveSource.RETURN);
        em.persist(stay);
    }
}

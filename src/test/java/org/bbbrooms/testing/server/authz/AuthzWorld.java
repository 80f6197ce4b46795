package org.bbbrooms.testing.server.authz;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bbbrooms.attendance.Attendance;
import org.bbbrooms.attendance.JoinSource;
import org.bbbrooms.attendance.LeaveSource;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.Passwords;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.recording.Recording;
import org.bbbrooms.room.CallbackToken;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.MeetingPlan;
import org.bbbrooms.room.Room;
import org.bbbrooms.settings.CourseRoomSettings;

/**
 * The tables behind {@link AuthzFixture}, written directly as the demo data is (the admin services would ask for a
 * signed-in admin): the personas, their three courses, and past recorded meetings of a room.
 */
@Stateless
public class AuthzWorld {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** The users of the personas and a victim for the user admin, and the courses and groups that relate them. */
    public record People(Map<Persona, User> personas, User victim, long course, long group, long studentLedCourse,
            long studentLedGroup) {
    }

    /**
     * The course (the student in its group, the classmate in none), a course like it whose students may start group
     * rooms, and another course of the outsider and the other teacher. Every password is the username.
     */
    public People people() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<Persona, User> people = new EnumMap<>(Persona.class);
        people.put(Persona.STUDENT, user(id, "student", PlatformRole.STUDENT));
        people.put(Persona.CLASSMATE, user(id, "classmate", PlatformRole.STUDENT));
        people.put(Persona.OUTSIDER, user(id, "outsider", PlatformRole.STUDENT));
        people.put(Persona.OTHER_TEACHER, user(id, "otherteacher", PlatformRole.TEACHER));
        people.put(Persona.TEACHER, user(id, "teacher", PlatformRole.TEACHER));
        people.put(Persona.ADMIN, user(id, "admin", PlatformRole.ADMIN));
        Course course = course("AZ" + id.toUpperCase(), "Authorization " + id, people);
        Course led = course("AZL" + id.toUpperCase(), "Student-led " + id, people);
        CourseRoomSettings studentsStart = new CourseRoomSettings(led.getId());
        studentsStart.setStudentsStartGroupRooms(true);
        em.persist(studentsStart);
        Course other = new Course("AZO" + id.toUpperCase(), "Elsewhere " + id);
        em.persist(other);
        em.persist(new Enrollment(people.get(Persona.OUTSIDER), other, CourseRole.STUDENT));
        em.persist(new Enrollment(people.get(Persona.OTHER_TEACHER), other, CourseRole.TEACHER));
        CourseGroup group = group(course, people.get(Persona.STUDENT));
        CourseGroup ledGroup = group(led, people.get(Persona.STUDENT));
        return new People(people, user(id, "victim", PlatformRole.STUDENT), course.getId(), group.getId(),
                led.getId(), ledGroup.getId());
    }

    /**
     * {@code count} meetings of the room that ended a quarter of an hour ago, recorded, each attended by the host
     * for half an hour; BBB has yet to be told about them ({@link #created}).
     */
    public List<Meeting> pastMeetings(String publicId, long hostId, int count) {
        Room room = em.createQuery("select r from Room r where r.publicId = :id", Room.class)
                .setParameter("id", publicId).getSingleResult();
        User host = em.find(User.class, hostId);
        Instant start = clock.instant().minus(Duration.ofHours(1));
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Meeting meeting = new Meeting(room, hostId, new MeetingPlan("", true, 0, 0),
                    ThreadLocalRandom.current().nextInt(10_000, 100_000), CallbackToken.random(), start);
            meeting.close(CloseReason.ENDED, start.plus(Duration.ofMinutes(45)));
            em.persist(meeting);
            Attendance stay = Attendance.of(meeting, host, "u" + hostId, host.getDisplayName(), true,
                    start.plus(Duration.ofMinutes(1)), JoinSource.PORTAL);
            stay.leave(start.plus(Duration.ofMinutes(31)), LeaveSource.RETURN);
            em.persist(stay);
            meetings.add(meeting);
        }
        return meetings;
    }

    /** What BBB's create answered for a past meeting. */
    public void created(long meetingId, String internalMeetingId, long createTime) {
        em.find(Meeting.class, meetingId).created(internalMeetingId, createTime);
    }

    /** The record ids of the meetings' recordings, in the meetings' order. */
    public List<String> recordIds(List<Long> meetingIds) {
        return em.createQuery("select r from Recording r where r.meeting.id in :ids order by r.meeting.id",
                Recording.class).setParameter("ids", meetingIds).getResultStream().map(Recording::getRecordId)
                .toList();
    }

    public void setActive(long userId, boolean active) {
        em.find(User.class, userId).setActive(active);
    }

    public boolean isActive(long userId) {
        return em.find(User.class, userId).isActive();
    }

    private Course course(String code, String title, Map<Persona, User> people) {
        Course course = new Course(code, title);
        em.persist(course);
        em.persist(new Enrollment(people.get(Persona.TEACHER), course, CourseRole.TEACHER));
        em.persist(new Enrollment(people.get(Persona.STUDENT), course, CourseRole.STUDENT));
        em.persist(new Enrollment(people.get(Persona.CLASSMATE), course, CourseRole.STUDENT));
        return course;
    }

    private CourseGroup group(Course course, User member) {
        CourseGroup group = new CourseGroup(course, "Group A").addMember(member);
        em.persist(group);
        return group;
    }

    private User user(String id, String name, PlatformRole role) {
        String username = "authz-" + name + "-" + id;
        User user = new User(username, "Authz " + name + " " + id, username + "@suite.bbb-rooms.org", role);
        passwords.set(user, username.toCharArray());
        em.persist(user);
        return user;
    }
}

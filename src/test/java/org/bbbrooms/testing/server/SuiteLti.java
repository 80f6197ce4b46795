package org.bbbrooms.testing.server;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.bbbrooms.attendance.Attendance;
import org.bbbrooms.attendance.JoinSource;
import org.bbbrooms.attendance.LeaveSource;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.User;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.Room;

/**
 * What the LTI services' tests need of the server beyond what the emulated LMS does through the launch: the course
 * and people of a launched room, and stays of students in its running meeting (as if they had been in BBB).
 * <p>Use: through {@link LtiSupportServlet}.
 */
@Stateless
public class SuiteLti {

    @PersistenceContext
    EntityManager em;

    /** The course of a room and its enrolments: {@code {course, members: [{username, externalId, role, active}]}}. */
    public JsonObject members(String roomPublicId) {
        long courseId = room(roomPublicId).getCourse().orElseThrow().getId();
        JsonArrayBuilder members = Json.createArrayBuilder();
        em.createQuery("select e from Enrollment e where e.course.id = :course order by e.id", Enrollment.class)
                .setParameter("course", courseId).getResultList().forEach(e -> members.add(Json.createObjectBuilder()
                        .add("username", e.getUser().getUsername())
                        .add("externalId", e.getUser().getExternalId().orElse(""))
                        .add("role", e.getRole().name()).add("active", e.isActive())));
        return Json.createObjectBuilder().add("course", courseId).add("members", members).build();
    }

    /** A student's stay of {@code minutes} from the start of the room's running meeting. */
    public void attend(String roomPublicId, String username, int minutes) {
        Room room = room(roomPublicId);
        Meeting meeting = em.createQuery("select m from Meeting m where m.openRoomId = :room", Meeting.class)
                .setParameter("room", room.getId()).getSingleResult();
        User user = em.createQuery("select u from User u where u.username = :name", User.class)
                .setParameter("name", username).getSingleResult();
        Attendance stay = Attendance.of(meeting, user, "lti-" + user.getId(), user.getDisplayName(), false,
                meeting.getOpenedAt(), JoinSource.PORTAL);
        stay.leave(meeting.getOpenedAt().plus(Duration.ofMinutes(minutes)), LeaveSource.RETURN);
        em.persist(stay);
    }

    private Room room(String publicId) {
        return em.createQuery("select r from Room r where r.publicId = :id", Room.class)
                .setParameter("id", publicId).getSingleResult();
    }
}

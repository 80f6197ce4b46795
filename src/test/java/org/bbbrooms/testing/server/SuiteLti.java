package org.bbbrooms.testing.server;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.attendance.Attendance;
import org.bbbrooms.attendance.JoinSource;
import org.bbbrooms.attendance.LeaveSource;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.lti.LtiLaunched;
import org.bbbrooms.lti.LtiPerson;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatforms;
import org.bbbrooms.lti.LtiProvisioning;
import org.bbbrooms.lti.LtiRoles;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomService;

/**
 * What the LTI services' tests need of the server before the launch endpoint exists: a registered platform, and a
 * launch's effect (the person and course provisioned, the context's service URLs kept, {@link LtiLaunched} fired
 * after the commit, as the launch does); the course's people; and stays of students in a running meeting.
 * <p>Use: through {@link LtiSupportServlet}.
 */
@Stateless
public class SuiteLti {

    private static final Actor ADMIN = new Actor(0, "test-support", "Test support", PlatformRole.ADMIN);

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiPlatforms platforms;

    @Inject
    LtiProvisioning provisioning;

    @Inject
    RoomService rooms;

    @Inject
    Event<LtiLaunched> launched;

    public long platform(String issuer, String clientId, String deployment, String auth, String token, String jwks) {
        return platforms.register(ADMIN, new PlatformEndpoints("Emulated LMS", issuer, clientId, Set.of(deployment),
                URI.create(auth), Optional.of(URI.create(token)), URI.create(jwks))).getId();
    }

    /** A resource-link launch's effect, as the launch endpoint will have it (committed before the room is made). */
    public JsonObject arrive(long platformId, String sub, String name, List<String> roles, String contextId,
            String title, String memberships, String lineItems, String scopes) {
        LtiPlatform platform = platforms.find(ADMIN, platformId);
        LtiProvisioning.LtiArrival arrival = provisioning.arrive(platform, new LtiPerson(sub, Optional.of(name),
                Optional.empty(), LtiRoles.courseRole(roles)), contextId, title);
        arrival.context().services(Optional.of(memberships), Optional.of(lineItems),
                Set.copyOf(Arrays.asList(scopes.split(" "))));
        em.flush();
        return Json.createObjectBuilder().add("platform", platformId).add("context", arrival.context().getId())
                .add("course", arrival.who().courseId()).add("user", arrival.who().actor().userId())
                .add("username", arrival.who().actor().username()).build();
    }

    /** The course room opened for the launch, and {@link LtiLaunched} fired as the launch fires it. */
    public JsonObject launched(JsonObject arrival) {
        User user = em.find(User.class, arrival.getJsonNumber("user").longValue());
        long courseId = arrival.getJsonNumber("course").longValue();
        String room = rooms.courseRoom(Actor.of(user), courseId).publicId();
        launched.fire(new LtiLaunched(arrival.getJsonNumber("platform").longValue(),
                arrival.getJsonNumber("context").longValue(), courseId, user.getId(), room));
        return Json.createObjectBuilder(arrival).add("room", room).build();
    }

    /** The course's enrolments: username, external id, role, active. */
    public JsonObject members(long courseId) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        em.createQuery("select e from Enrollment e where e.course.id = :course order by e.id", Enrollment.class)
                .setParameter("course", courseId).getResultList().forEach(e -> members.add(Json.createObjectBuilder()
                        .add("username", e.getUser().getUsername())
                        .add("externalId", e.getUser().getExternalId().orElse(""))
                        .add("role", e.getRole().name()).add("active", e.isActive())));
        return Json.createObjectBuilder().add("members", members).build();
    }

    /** A student's stay of {@code minutes} from the start of the room's running meeting. */
    public void attend(String roomPublicId, String username, int minutes) {
        Room room = em.createQuery("select r from Room r where r.publicId = :id", Room.class)
                .setParameter("id", roomPublicId).getSingleResult();
        Meeting meeting = em.createQuery("select m from Meeting m where m.openRoomId = :room", Meeting.class)
                .setParameter("room", room.getId()).getSingleResult();
        User user = em.createQuery("select u from User u where u.username = :name", User.class)
                .setParameter("name", username).getSingleResult();
        Attendance stay = Attendance.of(meeting, user, "lti-" + user.getId(), user.getDisplayName(), false,
                meeting.getOpenedAt(), JoinSource.PORTAL);
        stay.leave(meeting.getOpenedAt().plus(Duration.ofMinutes(minutes)), LeaveSource.RETURN);
        em.persist(stay);
    }
}

package org.bbbrooms.testing.server;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditEntry;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.Passwords;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.identity.security.ThrottleEntry;

/**
 * Users and courses of one test, stored as the demo data is (the admin services ask for a signed-in admin), with
 * names no other test uses, so that
 * tests sharing the suite's server never meet each other's data. A course has the demo course's shape: a teacher,
 * four students, "Group A" (the first two), "Group B" (the third); the fourth is in no group; plus a teacher of
 * another course. Every password is the username.
 * <p>Use: {@code data.course("Mathematics", Optional.empty())} gives the course and its people as JSON.
 */
@Stateless
public class SuiteData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    UserService users;

    /** The client address guessing, its backoff turning it away for the given time; none lifts it. */
    public void throttleAddress(String address, Instant now, Duration blockedFor) {
        String key = "address:" + address;
        if (blockedFor.isZero()) {
            Optional.ofNullable(em.find(ThrottleEntry.class, key)).ifPresent(em::remove);
            return;
        }
        ThrottleEntry entry = ThrottleEntry.of(em, key, now);
        entry.fail(now, Duration.ofHours(1));
        entry.block(now.plus(blockedFor), false);
    }

    public JsonObject user(PlatformRole role, String name) {
        return person(create(role, name));
    }

    /** A course of the demo's shape; its teacher is the given user, or a new one. */
    public JsonObject course(String title, Optional<String> teacherUsername) {
        String id = unique();
        Course course = new Course("C" + id.toUpperCase(), title + " " + id);
        em.persist(course);
        User teacher = teacherUsername.map(username -> users.findByUsername(username).orElseThrow()).orElseGet(() -> create(PlatformRole.TEACHER, "Thomas Teacher"));
        User other = create(PlatformRole.TEACHER, "Tina Teacher");
        em.persist(new Enrollment(teacher, course, CourseRole.TEACHER));
        JsonArrayBuilder students = Json.createArrayBuilder();
        CourseGroup a = new CourseGroup(course, "Group A");
        CourseGroup b = new CourseGroup(course, "Group B");
        String[] names = {"Sam Student", "Sofia Student", "Simon Student", "Salomé Étudiante"};
        for (int i = 0; i < names.length; i++) {
            User student = create(PlatformRole.STUDENT, names[i]);
            em.persist(new Enrollment(student, course, CourseRole.STUDENT));
            if (i < 3) {
                (i < 2 ? a : b).addMember(student);
            }
            students.add(person(student));
        }
        em.persist(a);
        em.persist(b);
        return Json.createObjectBuilder().add("id", course.getId()).add("code", course.getCode())
                .add("title", course.getTitle()).add("teacher", person(teacher)).add("otherTeacher", person(other))
                .add("students", students).build();
    }

    /** The audit log's entries of an action in a course, oldest first, as "target: details" (no admin needed). */
    public List<String> audited(AuditAction action, String courseCode) {
        return em.createQuery("select e from AuditEntry e where e.action = :action and e.course = :course order by e.id",
                AuditEntry.class).setParameter("action", action).setParameter("course", courseCode).getResultStream()
                .map(e -> e.getTarget() + ": " + e.getDetails().orElse("")).toList();
    }

    private User create(PlatformRole role, String name) {
        String id = unique();
        String username = role.name().toLowerCase() + "-" + id;
        User user = new User(username, name + " " + id, username + "@suite.bbb-rooms.org", role);
        passwords.set(user, username.toCharArray());
        em.persist(user);
        return user;
    }

    private static JsonObject person(User user) {
        return Json.createObjectBuilder().add("id", user.getId()).add("username", user.getUsername())
                .add("name", user.getDisplayName()).build();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}

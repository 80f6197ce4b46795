package org.bbbrooms.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo accounts and courses for trying the portal, created at start-up when {@code BBB_DEMO_DATA=true} (the run
 * command sets it; it is off by default). Seeding is idempotent: what exists already is left alone.
 * <p>The data exercises every rule: teacher1 teaches two courses and teacher2 one; student2 is in two courses;
 * student4 is in a course without being in any of its groups; student3 is alone in a group.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final List<String> ACCOUNTS = List.of("admin", "teacher1", "teacher2", "student1", "student2", "student3",
            "student4");

    @Inject
    @ConfigProperty(name = "BBB_DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    CourseService courses;

    @Inject
    EnrollmentService enrollments;

    @Inject
    GroupService groups;

    @Inject
    Passwords passwords;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        user("admin", "Ada Admin", PlatformRole.ADMIN);
        user("teacher1", "Thomas Teacher", PlatformRole.TEACHER);
        user("teacher2", "Tina Teacher", PlatformRole.TEACHER);
        user("student1", "Sam Student", PlatformRole.STUDENT);
        user("student2", "Sofia Student", PlatformRole.STUDENT);
        user("student3", "Simon Student", PlatformRole.STUDENT);
        user("student4", "Salomé Étudiante", PlatformRole.STUDENT);
        Course math = course("MATH101", "Mathematics 101");
        Course physics = course("PHYS201", "Physics 201");
        enroll(math, Map.of("teacher1", CourseRole.TEACHER, "student1", CourseRole.STUDENT,
                "student2", CourseRole.STUDENT, "student3", CourseRole.STUDENT, "student4", CourseRole.STUDENT));
        enroll(physics, Map.of("teacher1", CourseRole.TEACHER, "teacher2", CourseRole.TEACHER,
                "student2", CourseRole.STUDENT, "student4", CourseRole.STUDENT));
        group(math, "Group A", "student1", "student2");
        group(math, "Group B", "student3");
        group(physics, "Lab 1", "student2");
        LOG.info(() -> "Demo data ready. Accounts (password = username): " + String.join(", ", ACCOUNTS));
    }

    private void user(String username, String name, PlatformRole role) {
        if (users.findByUsername(username).isEmpty()) {
            User user = new User(username, name, username + "@demo.bbb-rooms.org", role);
            passwords.setDemo(user, username.toCharArray());
            em.persist(user);
        }
    }

    private Course course(String code, String title) {
        return courses.findByCode(code).orElseGet(() -> {
            Course course = new Course(code, title);
            em.persist(course);
            return course;
        });
    }

    private void enroll(Course course, Map<String, CourseRole> members) {
        members.forEach((username, role) -> {
            User user = users.findByUsername(username).orElseThrow();
            if (enrollments.find(user.getId(), course.getId()).isEmpty()) {
                em.persist(new Enrollment(user, course, role));
            }
        });
    }

    private void group(Course course, String name, String... members) {
        CourseGroup group = groups.findByName(course.getId(), name).orElseGet(() -> {
            CourseGroup created = new CourseGroup(course, name);
            em.persist(created);
            return created;
        });
        for (String username : members) {
            group.addMember(users.findByUsername(username).orElseThrow());
        }
    }
}

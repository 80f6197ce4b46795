package org.bbbrooms.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.platform.BusinessException;

/**
 * Who is in which course, and as what. Enrolling someone twice reactivates or updates the existing enrollment
 * instead of failing, so that imports and repeated clicks are harmless.
 * <p>Use: {@code enrollments.enroll(course.getId(), "alice", CourseRole.STUDENT)}.
 */
@Stateless
@PermitAll
public class EnrollmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    CourseService courses;

    public Optional<Enrollment> find(long userId, long courseId) {
        return em.createQuery("select e from Enrollment e where e.user.id = :user and e.course.id = :course",
                        Enrollment.class)
                .setParameter("user", userId).setParameter("course", courseId)
                .getResultStream().findFirst();
    }

    /** The active role of a user in a course, if they are actively enrolled in an active course. */
    public Optional<CourseRole> roleOf(long userId, long courseId) {
        return find(userId, courseId)
                .filter(e -> e.isActive() && e.getCourse().isActive() && e.getUser().isActive())
                .map(Enrollment::getRole);
    }

    /** The active enrollments of a user in active courses, by course title: their "my courses" list. */
    public List<Enrollment> ofUser(long userId) {
        return em.createQuery("select e from Enrollment e where e.user.id = :user and e.active = true"
                        + " and e.course.active = true order by e.course.title, e.course.code", Enrollment.class)
                .setParameter("user", userId).getResultList();
    }

    /** All enrollments of a course, active or not, teachers first. */
    public List<Enrollment> ofCourse(long courseId) {
        return em.createQuery("select e from Enrollment e where e.course.id = :course"
                        + " order by e.active desc, e.role desc, e.user.displayName", Enrollment.class)
                .setParameter("course", courseId).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public Enrollment enroll(long courseId, String username, CourseRole role) {
        Course course = courses.find(courseId).orElseThrow(() -> new BusinessException("course.notFound"));
        User user = users.findByUsername(username)
                .orElseThrow(() -> new BusinessException("enrollment.unknownUser", username));
        Optional<Enrollment> existing = find(user.getId(), courseId);
        if (existing.isPresent()) {
            existing.get().setRole(role);
            existing.get().setActive(true);
            return existing.get();
        }
        Enrollment enrollment = new Enrollment(user, course, role);
        em.persist(enrollment);
        return enrollment;
    }

    @RolesAllowed(Roles.ADMIN)
    public Enrollment setActive(long enrollmentId, boolean active) {
        Enrollment enrollment = Optional.ofNullable(em.find(Enrollment.class, enrollmentId))
                .orElseThrow(() -> new BusinessException("enrollment.notFound"));
        enrollment.setActive(active);
        return enrollment;
    }

    @RolesAllowed(Roles.ADMIN)
    public Enrollment changeRole(long enrollmentId, CourseRole role) {
        Enrollment enrollment = Optional.ofNullable(em.find(Enrollment.class, enrollmentId))
                .orElseThrow(() -> new BusinessException("enrollment.notFound"));
        enrollment.setRole(role);
        return enrollment;
    }
}

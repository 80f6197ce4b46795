package org.bbbrooms.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.NotFoundException;

/**
 * What a signed-in user may see of courses and groups: their course list, a course page, a group page. The checks
 * live here, so a typed URL gets the same answer as a hidden link.
 * <p>Use: {@code CourseView view = access.openCourse(actor, "MATH101");} (throws 403/404 exceptions otherwise).
 */
@Stateless
@PermitAll
public class CourseAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrollmentService enrollments;

    @Inject
    GroupService groups;

    @Inject
    CourseService courses;

    /** The courses listed on "my courses": an admin sees every active course, others those they are enrolled in. */
    public List<CourseView> myCourses(Actor actor) {
        if (actor.isAdmin()) {
            return em.createQuery("select c from Course c where c.active = true order by c.title, c.code", Course.class)
                    .getResultList().stream()
                    .map(c -> new CourseView(c, enrollments.roleOf(actor.userId(), c.getId()), true, List.of()))
                    .toList();
        }
        return enrollments.ofUser(actor.userId()).stream()
                .map(e -> new CourseView(e.getCourse(), Optional.of(e.getRole()), false, List.of()))
                .toList();
    }

    public CourseView openCourse(Actor actor, String code) {
        Course course = courses.findByCode(code).filter(Course::isActive)
                .orElseThrow(() -> new NotFoundException("course.notFound"));
        Optional<CourseRole> role = enrollments.roleOf(actor.userId(), course.getId());
        if (role.isEmpty() && !actor.isAdmin()) {
            throw new AccessDeniedException("course.denied");
        }
        boolean seesAll = actor.isAdmin() || role.get() == CourseRole.TEACHER;
        List<CourseGroup> shown = seesAll
                ? groups.ofCourse(course.getId(), true)
                : groups.ofMember(actor.userId(), course.getId());
        return new CourseView(course, role, actor.isAdmin(), shown);
    }

    public GroupView openGroup(Actor actor, long groupId) {
        CourseGroup group = groups.find(groupId)
                .filter(g -> g.isActive() && g.getCourse().isActive())
                .orElseThrow(() -> new NotFoundException("group.notFound"));
        Optional<CourseRole> role = enrollments.roleOf(actor.userId(), group.getCourse().getId());
        boolean manages = actor.isAdmin() || role.filter(r -> r == CourseRole.TEACHER).isPresent();
        boolean member = role.isPresent() && groups.isMember(actor.userId(), groupId);
        if (!manages && !member) {
            throw new AccessDeniedException("group.denied");
        }
        return new GroupView(group, member, manages);
    }
}

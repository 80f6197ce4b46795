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
 * Groups inside courses and their members. Only users actively enrolled in the course may join one of its groups.
 * <p>Use: {@code groups.create(courseId, "Group A")}; {@code groups.addMember(groupId, "alice")}.
 */
@Stateless
@PermitAll
public class GroupService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    UserService users;

    @Inject
    EnrollmentService enrollments;

    public Optional<CourseGroup> find(long id) {
        return Optional.ofNullable(em.find(CourseGroup.class, id));
    }

    public List<CourseGroup> ofCourse(long courseId, boolean activeOnly) {
        return em.createQuery("select g from CourseGroup g where g.course.id = :course"
                        + (activeOnly ? " and g.active = true" : "") + " order by g.name", CourseGroup.class)
                .setParameter("course", courseId).getResultList();
    }

    /** The active groups of a course that a user belongs to. */
    public List<CourseGroup> ofMember(long userId, long courseId) {
        return em.createQuery("select g from CourseGroup g join g.members m where m.id = :user"
                        + " and g.course.id = :course and g.active = true order by g.name", CourseGroup.class)
                .setParameter("user", userId).setParameter("course", courseId).getResultList();
    }

    public boolean isMember(long userId, long groupId) {
        return em.createQuery("select count(g) from CourseGroup g join g.members m where g.id = :group"
                        + " and m.id = :user", Long.class)
                .setParameter("group", groupId).setParameter("user", userId).getSingleResult() > 0;
    }

    @RolesAllowed(Roles.ADMIN)
    public CourseGroup create(long courseId, String name) {
        Course course = courses.find(courseId).orElseThrow(() -> new BusinessException("course.notFound"));
        if (findByName(courseId, name).isPresent()) {
            throw new BusinessException("group.name.taken", name);
        }
        CourseGroup group = new CourseGroup(course, name);
        em.persist(group);
        return group;
    }

    @RolesAllowed(Roles.ADMIN)
    public CourseGroup rename(long groupId, String name) {
        CourseGroup group = require(groupId);
        Optional<CourseGroup> sameName = findByName(group.getCourse().getId(), name);
        if (sameName.isPresent() && !sameName.get().equals(group)) {
            throw new BusinessException("group.name.taken", name);
        }
        group.setName(name);
        return group;
    }

    @RolesAllowed(Roles.ADMIN)
    public CourseGroup setActive(long groupId, boolean active) {
        CourseGroup group = require(groupId);
        group.setActive(active);
        return group;
    }

    @RolesAllowed(Roles.ADMIN)
    public CourseGroup addMember(long groupId, String username) {
        CourseGroup group = require(groupId);
        User user = users.findByUsername(username)
                .orElseThrow(() -> new BusinessException("enrollment.unknownUser", username));
        if (enrollments.roleOf(user.getId(), group.getCourse().getId()).isEmpty()) {
            throw new BusinessException("group.member.notEnrolled", user.getUsername(), group.getCourse().getCode());
        }
        return group.addMember(user);
    }

    @RolesAllowed(Roles.ADMIN)
    public CourseGroup removeMember(long groupId, long userId) {
        CourseGroup group = require(groupId);
        users.find(userId).ifPresent(group::removeMember);
        return group;
    }

    public Optional<CourseGroup> findByName(long courseId, String name) {
        return em.createQuery("select g from CourseGroup g where g.course.id = :course and lower(g.name) = :name",
                        CourseGroup.class)
                .setParameter("course", courseId).setParameter("name", name.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    private CourseGroup require(long groupId) {
        return find(groupId).orElseThrow(() -> new BusinessException("group.notFound"));
    }
}

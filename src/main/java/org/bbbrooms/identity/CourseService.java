package org.bbbrooms.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.platform.persistence.Paging;

/**
 * Courses: admins create, edit, deactivate and delete them; everyone reads the ones they belong to. Deleting is
 * soft (the course disappears from the portal, admin lists included) and tells other features by a
 * {@link CourseDeleted} event.
 * <p>Use: {@code courses.create(new Course("MATH101", "Mathematics"))}; {@code courses.findByCode("MATH101")}.
 */
@Stateless
@PermitAll
public class CourseService {

    private static final Set<String> SORTABLE = Set.of("code", "title", "active", "createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CourseDeleted> deletions;

    public Optional<Course> find(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    public Optional<Course> findByCode(String code) {
        return em.createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", Course.normalizeCode(code))
                .getResultStream().findFirst();
    }

    /** The course a host portal knows by this id of its own (see {@link Course#getExternalId()}). */
    public Optional<Course> findByExternalId(String externalId) {
        return em.createQuery("select c from Course c where c.externalId = :id", Course.class)
                .setParameter("id", externalId).getResultStream()
                .filter(course -> course.getExternalId().filter(externalId::equals).isPresent()).findFirst();
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<Course> search(CourseFilter filter, PageRequest request) {
        return Paging.page(em, Course.class, request, SORTABLE, "code", (where, root) -> where
                .contains(root, filter.text(), "code", "title")
                .equal(root.get("active"), filter.active())
                .isNull(root.get("deletedAt")));
    }

    @RolesAllowed(Roles.ADMIN)
    public Course create(Course course) {
        checkServerTag(course);
        Optional<Course> taken = findByCode(course.getCode());
        if (taken.isPresent()) {
            throw new BusinessException(taken.get().isDeleted() ? "course.code.deleted" : "course.code.taken",
                    course.getCode());
        }
        em.persist(course);
        return course;
    }

    @RolesAllowed(Roles.ADMIN)
    public Course update(Course edited) {
        checkServerTag(edited);
        Course current = existing(edited.getId());
        if (current.getVersion() != edited.getVersion()) {
            throw new BusinessException("edit.conflict");
        }
        Optional<Course> sameCode = findByCode(edited.getCode());
        if (sameCode.isPresent() && !sameCode.get().equals(current)) {
            throw new BusinessException("course.code.taken", edited.getCode());
        }
        current.setCode(edited.getCode());
        current.setTitle(edited.getTitle());
        current.setServerTag(edited.getServerTag().orElse(null));
        return current;
    }

    /** Scalelite reads the tag with its own syntax: refuse what it would misread. */
    private static void checkServerTag(Course course) {
        if (course.getServerTag().filter(tag -> tag.length() > 255 || !tag.matches(Course.SERVER_TAG)).isPresent()) {
            throw new BusinessException("course.serverTag.pattern");
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public Course setActive(long id, boolean active) {
        Course course = existing(id);
        course.setActive(active);
        return course;
    }

    /**
     * Deletes the course softly and fires {@link CourseDeleted} in this transaction; an observer's
     * BusinessException (e.g. recordings that the server would not delete) leaves the course as it was.
     */
    @RolesAllowed(Roles.ADMIN)
    public Course delete(long id) {
        Course course = existing(id);
        course.delete(Instant.now());
        deletions.fire(new CourseDeleted(id, course.getCode(), course.getDeletedAt().orElseThrow()));
        return course;
    }

    private Course existing(long id) {
        return find(id).filter(c -> !c.isDeleted()).orElseThrow(() -> new BusinessException("course.notFound"));
    }
}

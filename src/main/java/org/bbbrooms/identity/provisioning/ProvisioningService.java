package org.bbbrooms.identity.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.Passwords;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.provisioning.RowProblem.Kind;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps users, courses, groups, enrollments and group members in step with a host portal, by the portal's own ids:
 * an upsert that changes only what differs (a repeated one changes nothing), all or nothing for a whole batch, in
 * one transaction, with every bad row reported first. Deactivation replaces deletion, so history stays. Only
 * administrators (an API client acts as one) may provision.
 * <p>Use: {@code provisioning.apply(actor, batch)} for a bulk request; {@code provisioning.applyOne(actor,
 * ProvisioningBatch.ofUser(row)).outcome()} for a PUT; {@code provisioning.deactivateUser(actor, "u42")}.
 */
@Stateless
@PermitAll
public class ProvisioningService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Passwords passwords;

    /** Rows a bulk request may hold, all sections together. */
    @Inject
    @ConfigProperty(name = "BBB_API_BULK_MAX_ROWS", defaultValue = "50000")
    int maxRows;

    /**
     * Writes a whole batch or nothing. Passwords are refused here: hashing thousands of them would hold the request
     * for minutes, so bulk-made users sign in through embed or join links, or get a password by a PUT of their own.
     */
    public ProvisioningReport apply(Actor actor, ProvisioningBatch batch) {
        requireAdmin(actor);
        if (batch.size() > maxRows) {
            throw new ProvisioningException(List.of(
                    RowProblem.of("", 0, "", Kind.INVALID, "provisioning.tooLarge", batch.size(), maxRows)));
        }
        return write(batch, false);
    }

    /** Writes a batch of one row (a PUT), which may set a user's password. */
    public ProvisioningReport applyOne(Actor actor, ProvisioningBatch one) {
        requireAdmin(actor);
        if (one.size() != 1) {
            throw new IllegalArgumentException("one row expected, not " + one.size());
        }
        return write(one, true);
    }

    private ProvisioningReport write(ProvisioningBatch batch, boolean passwordsAllowed) {
        Existing db = Existing.load(em, batch);
        List<RowProblem> problems = BatchCheck.problems(batch, validator, db, passwordsAllowed);
        if (!problems.isEmpty()) {
            throw new ProvisioningException(problems);
        }
        return new BatchWriter(em, passwords, db).write(batch);
    }

    public Optional<User> user(Actor actor, String externalId) {
        requireAdmin(actor);
        return one(em.createQuery("select u from User u where u.externalId = :id", User.class), externalId);
    }

    /** Provisioned users by external id, from the one after {@code after} (null: from the first). */
    public List<User> users(Actor actor, Optional<String> after, int limit) {
        requireAdmin(actor);
        return em.createQuery("select u from User u where u.externalId > :after order by u.externalId", User.class)
                .setParameter("after", after.orElse("")).setMaxResults(limit).getResultList();
    }

    public Optional<Course> course(Actor actor, String externalId) {
        requireAdmin(actor);
        return one(em.createQuery("select c from Course c where c.externalId = :id and c.deletedAt is null",
                Course.class), externalId);
    }

    /** Provisioned courses by external id, from the one after {@code after} (null: from the first). */
    public List<Course> courses(Actor actor, Optional<String> after, int limit) {
        requireAdmin(actor);
        return em.createQuery("select c from Course c where c.externalId > :after and c.deletedAt is null"
                + " order by c.externalId", Course.class)
                .setParameter("after", after.orElse("")).setMaxResults(limit).getResultList();
    }

    public Optional<CourseGroup> group(Actor actor, String course, String group) {
        requireAdmin(actor);
        return one(em.createQuery("select g from CourseGroup g where g.externalId = :id", CourseGroup.class), group)
                .filter(g -> g.getCourse().getExternalId().equals(Optional.of(course)));
    }

    /** The enrollments of provisioned users in a course, active or not, by the users' external ids. */
    public List<Enrollment> enrollments(Actor actor, String course, Optional<String> afterUser, int limit) {
        Course found = course(actor, course)
                .orElseThrow(() -> new NotFoundException("provisioning.course.unknown", course));
        return em.createQuery("select e from Enrollment e where e.course = :course and e.user.externalId > :after"
                        + " order by e.user.externalId", Enrollment.class)
                .setParameter("course", found).setParameter("after", afterUser.orElse(""))
                .setMaxResults(limit).getResultList();
    }

    public Optional<Enrollment> enrollment(Actor actor, String course, String user) {
        requireAdmin(actor);
        return em.createQuery("select e from Enrollment e where e.course.externalId = :course"
                        + " and e.user.externalId = :user", Enrollment.class)
                .setParameter("course", course).setParameter("user", user).getResultStream().findFirst();
    }

    /** Deactivates a user: they can no longer sign in or join, and their history stays. False if already inactive. */
    public boolean deactivateUser(Actor actor, String externalId) {
        User user = user(actor, externalId)
                .orElseThrow(() -> new NotFoundException("provisioning.user.unknown", externalId));
        return switchedOff(user.isActive(), () -> user.setActive(false));
    }

    /** Deactivates a course (it leaves every list, its rooms close to students); a PUT brings it back. */
    public boolean deactivateCourse(Actor actor, String externalId) {
        Course course = course(actor, externalId)
                .orElseThrow(() -> new NotFoundException("provisioning.course.unknown", externalId));
        return switchedOff(course.isActive(), () -> course.setActive(false));
    }

    public boolean deactivateGroup(Actor actor, String course, String group) {
        CourseGroup found = requireGroup(actor, course, group);
        return switchedOff(found.isActive(), () -> found.setActive(false));
    }

    public boolean removeMember(Actor actor, String course, String group, String user) {
        CourseGroup found = requireGroup(actor, course, group);
        User member = user(actor, user).orElseThrow(() -> new NotFoundException("provisioning.user.unknown", user));
        return switchedOff(found.hasMember(member), () -> found.removeMember(member));
    }

    public boolean deactivateEnrollment(Actor actor, String course, String user) {
        Enrollment enrollment = enrollment(actor, course, user)
                .orElseThrow(() -> new NotFoundException("provisioning.enrollment.unknown", user, course));
        return switchedOff(enrollment.isActive(), () -> enrollment.setActive(false));
    }

    private CourseGroup requireGroup(Actor actor, String course, String group) {
        return group(actor, course, group)
                .orElseThrow(() -> new NotFoundException("provisioning.group.unknown", group, course));
    }

    /** Runs the change if it is one: a repeated DELETE changes nothing and says so. */
    private static boolean switchedOff(boolean on, Runnable off) {
        if (on) {
            off.run();
        }
        return on;
    }

    private static <T> Optional<T> one(TypedQuery<T> query, String externalId) {
        return query.setParameter("id", externalId).getResultStream().findFirst();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("provisioning.denied");
        }
    }
}

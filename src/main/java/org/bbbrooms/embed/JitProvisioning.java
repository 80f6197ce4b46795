package org.bbbrooms.embed;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;

/**
 * Makes the people, courses and groups of verified embed links and LTI launches exist, just in time, keyed by the
 * integration's own ids ({@code externalId}). The rules that keep local accounts safe:
 * <ul>
 * <li>a user is found by external id only, never by username or email, so a link naming a local user's email or
 * username creates a new account instead of entering theirs;</li>
 * <li>generated usernames ({@code ext-<external id>}) and course codes ({@code EXT-<external id>}) get a random
 * suffix when taken;</li>
 * <li>a deactivated user and a deleted course are refused, not revived; new users are students or teachers, never
 * admins, and an existing user's platform role only ever rises from student to teacher.</li>
 * </ul>
 * The name, email and course title follow the host portal; the course role is the link's.
 * <p>Use: {@code Provisioned who = provisioning.provision(link.arrival());}
 */
@Stateless
public class JitProvisioning {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TRIES = 5;

    @PersistenceContext
    EntityManager em;

    public Provisioned provision(Arrival link) {
        User user = user(link);
        Course course = course(link);
        enroll(user, course, link.role());
        Optional<Long> group = link.group().map(name -> group(course, name, user, link.role()).getId());
        return new Provisioned(Actor.of(user), course.getId(), group);
    }

    private User user(Arrival link) {
        PlatformRole role = link.role() == CourseRole.TEACHER ? PlatformRole.TEACHER : PlatformRole.STUDENT;
        Optional<User> known = byExternalId(User.class, link.user());
        if (known.isPresent()) {
            User user = known.get();
            if (!user.isActive()) {
                throw new EmbedRefusedException(Refusal.ACCOUNT_INACTIVE);
            }
            user.setDisplayName(link.name());
            user.setEmail(link.email());
            if (user.getRole() == PlatformRole.STUDENT && role == PlatformRole.TEACHER) {
                user.setRole(role);
            }
            return user;
        }
        String username = free(slug("ext-" + link.user(), 64, false), 64, false,
                candidate -> taken("select count(u) from User u where u.username = :value", candidate));
        User user = new User(username, link.name(), link.email(), role);
        user.setExternalId(link.user());
        em.persist(user);
        return user;
    }

    private Course course(Arrival link) {
        Optional<Course> known = byExternalId(Course.class, link.course());
        if (known.isPresent()) {
            if (known.get().isDeleted()) {
                throw new EmbedRefusedException(Refusal.UNAVAILABLE);
            }
            known.get().setTitle(link.courseTitle());
            return known.get();
        }
        String code = free(slug("EXT-" + link.course(), 32, true), 32, true,
                candidate -> taken("select count(c) from Course c where c.code = :value", candidate));
        Course course = new Course(code, link.courseTitle());
        course.setExternalId(link.course());
        em.persist(course);
        return course;
    }

    private void enroll(User user, Course course, CourseRole role) {
        Optional<Enrollment> existing = em.createQuery("select e from Enrollment e where e.user = :user"
                        + " and e.course = :course", Enrollment.class)
                .setParameter("user", user).setParameter("course", course).getResultStream().findFirst();
        existing.ifPresentOrElse(enrollment -> {
            enrollment.setRole(role);
            enrollment.setActive(true);
        }, () -> em.persist(new Enrollment(user, course, role)));
    }

    /** The course's group of that name (made when missing); students become members of it. */
    private CourseGroup group(Course course, String name, User user, CourseRole role) {
        CourseGroup group = em.createQuery("select g from CourseGroup g where g.course = :course"
                        + " and lower(g.name) = :name", CourseGroup.class)
                .setParameter("course", course).setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().orElseGet(() -> {
                    CourseGroup made = new CourseGroup(course, name);
                    em.persist(made);
                    return made;
                });
        if (!group.isActive()) {
            throw new EmbedRefusedException(Refusal.UNAVAILABLE);
        }
        if (role == CourseRole.STUDENT) {
            group.addMember(user);
        }
        return group;
    }

    private <T> Optional<T> byExternalId(Class<T> type, String externalId) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.externalId = :id", type)
                .setParameter("id", externalId).getResultStream().findFirst();
    }

    private boolean taken(String countQuery, String value) {
        return em.createQuery(countQuery, Long.class).setParameter("value", value).getSingleResult() > 0;
    }

    /** The candidate if free, else the candidate cut to leave room for a random suffix, until one is free. */
    private static String free(String candidate, int max, boolean upper, Predicate<String> taken) {
        String name = candidate;
        for (int i = 0; i < MAX_TRIES && taken.test(name); i++) {
            byte[] random = new byte[3];
            RANDOM.nextBytes(random);
            String suffix = "-" + HexFormat.of().withUpperCase().formatHex(random);
            name = candidate.substring(0, Math.min(candidate.length(), max - suffix.length()))
                    + (upper ? suffix : suffix.toLowerCase(Locale.ROOT));
        }
        return name;
    }

    /** Keeps letters, digits, '-' and '_' (and '.' in usernames), in the case the column wants, cut to length. */
    private static String slug(String text, int max, boolean upper) {
        String cased = upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        String kept = cased.replaceAll(upper ? "[^A-Z0-9_-]" : "[^a-z0-9._-]", "-");
        return kept.substring(0, Math.min(kept.length(), max));
    }
}

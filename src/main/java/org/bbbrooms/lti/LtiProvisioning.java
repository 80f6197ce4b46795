package org.bbbrooms.lti;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bbbrooms.embed.Arrival;
import org.bbbrooms.embed.JitProvisioning;
import org.bbbrooms.embed.Provisioned;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.Tokens;

/**
 * Makes a platform's person and course exist as ours, for a launch or a roster entry, with the rules of
 * {@link JitProvisioning} (found by external id only, never by email, so no one takes over a local account; never an
 * admin): the user's external id is {@code lti:<platform id>:<sub>}, the course's {@code lti:<platform id>:<context
 * id>} (an id too long for the column is replaced by its SHA-256). The {@link LtiUser} and {@link LtiContext} rows
 * remember the platform's own ids, so that a grade or a roster entry can name the person back.
 * <p>Use: {@code LtiArrival arrival = provisioning.arrive(platform, person, contextId, contextTitle);}
 */
@Stateless
public class LtiProvisioning {

    private static final int EXTERNAL_ID = 128;
    private static final int NAME = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    @PersistenceContext
    EntityManager em;

    @Inject
    JitProvisioning jit;

    /** Who arrived, in which course of ours, and the platform's context. */
    public record LtiArrival(Provisioned who, LtiContext context) {
    }

    /**
     * The person and the course, made or brought up to date. A platform administrator keeps teacher rights when a
     * roster entry (which does not know of that role) says student.
     */
    public LtiArrival arrive(LtiPlatform platform, LtiPerson person, String contextId, String contextTitle) {
        String title = clip(Optional.ofNullable(contextTitle).filter(t -> !t.isBlank()).orElse(contextId), 255);
        Optional<LtiUser> known = linked(platform, person.sub());
        boolean admin = person.platformAdmin().orElseGet(() -> known.map(LtiUser::isPlatformAdmin).orElse(false));
        CourseRole role = admin ? CourseRole.TEACHER : person.role();
        Provisioned who = jit.provision(new Arrival(externalId(platform, person.sub()), name(person),
                email(platform, person), externalId(platform, contextId), title, role, Optional.empty()));
        User user = em.find(User.class, who.actor().userId());
        LtiUser link = known.orElseGet(() -> {
            LtiUser made = new LtiUser(platform, person.sub(), user);
            em.persist(made);
            return made;
        });
        link.setPlatformAdmin(admin);
        Course course = em.find(Course.class, who.courseId());
        LtiContext context = context(platform, contextId).orElseGet(() -> {
            LtiContext made = new LtiContext(platform, contextId, course);
            em.persist(made);
            return made;
        });
        context.setTitle(title);
        return new LtiArrival(who, context);
    }

    private Optional<LtiUser> linked(LtiPlatform platform, String sub) {
        return em.createQuery("select l from LtiUser l where l.platform = :platform and l.sub = :sub", LtiUser.class)
                .setParameter("platform", platform).setParameter("sub", sub).getResultStream().findFirst();
    }

    public Optional<LtiContext> context(LtiPlatform platform, String contextId) {
        return em.createQuery("select c from LtiContext c where c.platform = :platform and c.contextId = :id",
                LtiContext.class).setParameter("platform", platform).setParameter("id", contextId)
                .getResultStream().findFirst();
    }

    /** The platform's {@code sub} of one of our users, when that user came from this platform. */
    public Optional<String> sub(LtiPlatform platform, long userId) {
        return em.createQuery("select l.sub from LtiUser l where l.platform = :platform and l.user.id = :user",
                String.class).setParameter("platform", platform).setParameter("user", userId)
                .getResultStream().findFirst();
    }

    static String externalId(LtiPlatform platform, String id) {
        String full = "lti:" + platform.getId() + ":" + id;
        return full.length() <= EXTERNAL_ID ? full : "lti:" + platform.getId() + ":#" + Tokens.digest(id);
    }

    private static String name(LtiPerson person) {
        return clip(person.name().filter(name -> !name.isBlank()).orElse(person.sub()), NAME);
    }

    /** The email the platform shares, else an address that cannot receive mail and names nobody else. */
    private static String email(LtiPlatform platform, LtiPerson person) {
        return person.email().map(String::strip).filter(email -> EMAIL.matcher(email).matches())
                .orElseGet(() -> Tokens.digest(platform.getId() + ":" + person.sub()).substring(0, 32)
                        + "@lti.invalid");
    }

    private static String clip(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}

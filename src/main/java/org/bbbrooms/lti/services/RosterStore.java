package org.bbbrooms.lti.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.lti.LtiContext;
import org.bbbrooms.lti.LtiPerson;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiProvisioning;
import org.bbbrooms.lti.LtiRoles;
import org.bbbrooms.lti.LtiUser;

/**
 * The database side of a roster sync, each step in a transaction of its own so that the LMS is never called with a
 * transaction open: claim the context, bring each member in, withdraw the enrolments of those who left, record the
 * outcome.
 * <p>Use: through {@link RosterSync}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RosterStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiProvisioning provisioning;

    @Inject
    Clock clock = Clock.systemUTC();

    /** A context to sync: its platform, its ids and its memberships URL. */
    public record Target(long id, LtiPlatform platform, String contextId, String title, URI memberships) {
    }

    /** The contexts with a memberships URL not synced since {@code before}, oldest first. */
    public List<Long> due(Instant before, int max) {
        return em.createQuery("select c.id from LtiContext c where c.membershipsUrl is not null and c.platform.status"
                + " = :active and not exists (select r from RosterRun r where r.contextId = c.id and r.startedAt > :before)"
                + " order by c.id", Long.class).setParameter("active", LtiPlatform.Status.ACTIVE)
                .setParameter("before", before).setMaxResults(max).getResultList();
    }

    /**
     * Claims the context for a sync unless some node started one less than {@code period} ago: the target for the
     * one caller that wins, empty for the others. Two nodes creating the first run at once: one of them fails to commit and syncs nothing.
     */
    public Optional<Target> claim(long contextId, Duration period) {
        LtiContext context = em.find(LtiContext.class, contextId);
        if (context == null || context.getMembershipsUrl().isEmpty() || !context.getPlatform().isActive()) {
            return Optional.empty();
        }
        if (em.find(RosterRun.class, contextId) == null) {
            em.persist(new RosterRun(contextId));
            em.flush();
        }
        Instant now = clock.instant();
        int won = em.createQuery("update RosterRun r set r.startedAt = :now where r.contextId = :id"
                        + " and (r.startedAt is null or r.startedAt <= :before)")
                .setParameter("now", now).setParameter("id", contextId).setParameter("before", now.minus(period))
                .executeUpdate();
        return won == 1 ? Optional.of(new Target(contextId, context.getPlatform(), context.getContextId(),
                context.getTitle().orElse(context.getContextId()), URI.create(context.getMembershipsUrl().get())))
                : Optional.empty();
    }

    /** Makes the member one of the course's people, with their role (a refused account is rolled back alone). */
    public void arrive(Target target, Member member) {
        LtiPlatform platform = em.find(LtiPlatform.class, target.platform().getId());
        provisioning.arrive(platform, new LtiPerson(member.userId(), member.name(), member.email(),
                LtiRoles.courseRole(member.roles()), Optional.empty()), target.contextId(), target.title());
    }

    /**
     * Withdraws the active enrolments in the context's course of this platform's people who are not among
     * {@code present}; local accounts, people of other platforms and the platform's administrators (whom NRPS does
     * not list, and whose launches enrol them) keep theirs. The number withdrawn.
     */
    public int withdrawAbsent(Target target, Set<String> present) {
        LtiContext context = em.find(LtiContext.class, target.id());
        List<Object[]> enrolled = em.createQuery("select e, l from Enrollment e, LtiUser l where l.user = e.user"
                        + " and l.platform = :platform and e.course = :course and e.active = true", Object[].class)
                .setParameter("platform", context.getPlatform()).setParameter("course", context.getCourse())
                .getResultList();
        int withdrawn = 0;
        for (Object[] row : enrolled) {
            LtiUser person = (LtiUser) row[1];
            if (!present.contains(person.getSub()) && !person.isPlatformAdmin()) {
                ((Enrollment) row[0]).setActive(false);
                withdrawn++;
            }
        }
        return withdrawn;
    }

    public void ended(long contextId, RosterRun.Outcome outcome, int members, String detail) {
        Instant now = clock.instant();
        em.find(RosterRun.class, contextId).ended(outcome, members, detail, now);
        if (outcome == RosterRun.Outcome.SYNCED) {
            em.find(LtiContext.class, contextId).rosterSynced(now);
        }
    }

    /** The last run of the context's roster, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<RosterRun> run(long contextId) {
        return Optional.ofNullable(em.find(RosterRun.class, contextId));
    }
}

package org.bbbrooms.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Roles;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.persistence.Keyset;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit log of what admins and teachers did, and of failed sign-ins. An entry is written in the transaction of
 * the action it records (the method requires one), so that an action that rolls back leaves no entry and one that
 * commits always has its entry. Reading is for admins only, checked here whatever the page shows. Lists are newest
 * first; pages are cut in the database, and exports read keyset batches, so no list is ever loaded whole.
 * <p>Use: {@code audit.record(Audited.by(actor, AuditAction.RECORDING_DELETED, name).inCourse(code));}
 */
@Stateless
@PermitAll
public class AuditLog {

    private static final String NEWEST_FIRST = " order by e.occurredAt desc, e.id desc";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "BBB_TIME_ZONE")
    Optional<String> timeZone = Optional.empty();

    /** Writes an entry with the action's transaction; there must be one. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Audited what) {
        em.persist(new AuditEntry(what, clock.instant()));
    }

    /** One page of the entries that match, newest first, with how many match in all. */
    @RolesAllowed(Roles.ADMIN)
    public Page<AuditEntry> search(Actor actor, AuditFilter filter, PageRequest request) {
        requireAdmin(actor);
        Conditions where = Conditions.of(filter);
        long total = where.bind(em.createQuery("select count(e) from AuditEntry e where " + where.jpql(), Long.class))
                .getSingleResult();
        List<AuditEntry> items = where.bind(em.createQuery("select e from AuditEntry e where " + where.jpql()
                + NEWEST_FIRST, AuditEntry.class)).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, total);
    }

    /** At most {@code max} matching entries after a position, newest first: the export's next batch. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> batch(Actor actor, AuditFilter filter, Optional<Keyset> after, int max) {
        requireAdmin(actor);
        Conditions where = Conditions.of(filter);
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e where " + where.jpql()
                + Keyset.olderThan(after, "e.occurredAt", "e.id") + NEWEST_FIRST, AuditEntry.class);
        return Keyset.bind(where.bind(query), after).setMaxResults(max).getResultList();
    }

    /** The portal's time zone ({@code BBB_TIME_ZONE}, else the server's), in which the page's days begin. */
    public ZoneId zone() {
        return timeZone.filter(zone -> !zone.isBlank()).map(String::strip).map(ZoneId::of)
                .orElseGet(ZoneId::systemDefault);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("access.denied");
        }
    }

    /** The JPQL condition of a filter and its bound values (never text pasted into the query). */
    private record Conditions(String jpql, Map<String, Object> values) {

        static Conditions of(AuditFilter filter) {
            StringBuilder jpql = new StringBuilder("1 = 1");
            Map<String, Object> values = new LinkedHashMap<>();
            if (filter.from() != null) {
                jpql.append(" and e.occurredAt >= :from");
                values.put("from", filter.from());
            }
            if (filter.until() != null) {
                jpql.append(" and e.occurredAt < :until");
                values.put("until", filter.until());
            }
            if (filter.action() != null) {
                jpql.append(" and e.action = :action");
                values.put("action", filter.action());
            }
            part(filter.actor()).ifPresent(text -> {
                jpql.append(" and locate(:actor, lower(e.actor)) > 0");
                values.put("actor", text);
            });
            part(filter.target()).ifPresent(text -> {
                jpql.append(" and locate(:target, lower(e.target)) > 0");
                values.put("target", text);
            });
            part(filter.course()).ifPresent(text -> {
                jpql.append(" and locate(:course, lower(e.course)) > 0");
                values.put("course", text);
            });
            return new Conditions(jpql.toString(), values);
        }

        private static Optional<String> part(String text) {
            return Optional.ofNullable(text).map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty());
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            values.forEach(query::setParameter);
            return query;
        }
    }
}

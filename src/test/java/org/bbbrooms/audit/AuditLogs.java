package org.bbbrooms.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.bbbrooms.identity.AccountEvent;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.testing.FiredEvents;
import org.bbbrooms.testing.Jpa;

/**
 * The audit log wired by hand to an entity manager, as the container would, for tests of the features that write to
 * it outside the container; and what it holds, read back as an admin.
 * <p>Use: {@code store.audit = AuditLogs.on(em);} then {@code AuditLogs.of(jpa, filter)}.
 */
public final class AuditLogs {

    private AuditLogs() {
    }

    public static AuditLog on(EntityManager em) {
        return on(em, Clock.systemUTC());
    }

    public static AuditLog on(EntityManager em, Clock clock) {
        AuditLog log = new AuditLog();
        log.em = em;
        log.clock = clock;
        return log;
    }

    /**
     * An audit log that writes with the entity manager of the {@link Jpa#tx} running on the calling thread, as the
     * container's joins the caller's transaction: for code that records inside another bean's transaction.
     */
    public static AuditLog joining() {
        return new AuditLog() {
            @Override
            public void record(Audited what) {
                on(Jpa.current()).record(what);
            }
        };
    }

    /** Identity's account events into the audit log, as the container's observer writes them. */
    public static FiredEvents<AccountEvent> accountEvents() {
        AccountAudit observer = new AccountAudit();
        observer.audit = joining();
        FiredEvents<AccountEvent> events = new FiredEvents<>();
        events.observe(observer::on);
        return events;
    }

    /** An admin with a name of their own, so that a test finds its entries by filtering on them. */
    public static Actor admin() {
        return new Actor(1, "admin-" + UUID.randomUUID().toString().substring(0, 8), "Ada Admin", PlatformRole.ADMIN);
    }

    /** The first 100 entries that match, newest first. */
    public static List<AuditEntry> of(Jpa jpa, AuditFilter filter) {
        return jpa.tx(em -> on(em).search(admin(), filter, PageRequest.firstPage(100)).items());
    }

    public static AuditFilter by(String actor) {
        return new AuditFilter(null, null, actor, null, null, null);
    }

    public static AuditFilter on(String target) {
        return new AuditFilter(null, null, null, null, target, null);
    }

    public static AuditFilter inCourse(String course) {
        return new AuditFilter(null, null, null, null, null, course);
    }
}

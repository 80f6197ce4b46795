package org.bbbrooms.identity.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.bbbrooms.identity.AccountEvent;
import org.eclipse.microprofile.metrics.Counter;
import org.bbbrooms.platform.metrics.MetricNames;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Password sign-ins for Prometheus, so that a guessing attack shows as it happens:
 * {@code bbb_rooms_logins_total{outcome="success"|"failed"|"throttled"|"busy"}} (throttled: turned away by the backoff
 * or a lockout before any password was checked; busy: turned away unchecked for want of a slot to check it in) and {@code bbb_rooms_login_lockouts_total}, counted once the lockout is
 * committed.
 */
@ApplicationScoped
public class SignInMetrics {

    static final Metadata LOGINS = MetricNames.of("logins",
            "Password sign-ins: success, failed (unknown name or wrong password), throttled (refused before any check), busy (no slot to check in)");
    static final Metadata LOCKOUTS = MetricNames.of("login_lockouts", "Account names locked out after failed sign-ins");

    @Inject
    MetricRegistry registry;

    private Counter succeeded;
    private Counter failed;
    private Counter throttled;
    private Counter busy;
    private Counter lockouts;

    @PostConstruct
    void register() {
        succeeded = registry.counter(LOGINS, new Tag("outcome", "success"));
        failed = registry.counter(LOGINS, new Tag("outcome", "failed"));
        throttled = registry.counter(LOGINS, new Tag("outcome", "throttled"));
        busy = registry.counter(LOGINS, new Tag("outcome", "busy"));
        lockouts = registry.counter(LOCKOUTS);
    }

    /** Registers the counters at start-up, so that a scrape shows them at zero. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // observing it creates the bean, whose @PostConstruct registers the metrics
    }

    void lockedOut(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountEvent event) {
        if (event.kind() == AccountEvent.Kind.LOCKED_OUT) {
            lockouts.inc();
        }
    }

    void succeeded() {
        succeeded.inc();
    }

    void failed() {
        failed.inc();
    }

    void throttled() {
        throttled.inc();
    }

    void busy() {
        busy.inc();
    }
}

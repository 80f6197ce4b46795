package org.bbbrooms.room;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long one request may wait for BBB's room states in all ({@code BBB_STATUS_WAIT_MS}, default 1200): the clock
 * starts at the first look-up, and every room of the page shares what is left. So a page with several rooms renders
 * in about that time even when BBB is slow or down; rooms whose state did not come in time show as unavailable.
 * <p>Use: {@code cache.observe(id, budget.remaining())}.
 */
@RequestScoped
public class StatusBudget {

    @Inject
    @ConfigProperty(name = "BBB_STATUS_WAIT_MS", defaultValue = "1200")
    long waitMillis;

    @Inject
    Clock clock = Clock.systemUTC();

    private Instant deadline;

    /** What is left of the request's wait; the first call starts it. */
    public Duration remaining() {
        Instant now = clock.instant();
        if (deadline == null) {
            deadline = now.plusMillis(waitMillis);
        }
        return now.isBefore(deadline) ? Duration.between(now, deadline) : Duration.ZERO;
    }
}

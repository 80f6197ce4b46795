package org.bbbrooms.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means no threads are deadlocked: the one state a restart cures and waiting does not. A full heap is not a
 * reason (a big collection frees it, and a restart would drop every user's session), and neither is a slow BBB.
 * Served by the server at {@code /health/live}.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        return HealthCheckResponse.named("bbb-rooms").status(deadlocked == null)
                .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length).build();
    }
}

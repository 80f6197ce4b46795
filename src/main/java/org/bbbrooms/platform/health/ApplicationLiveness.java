package org.bbbrooms.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means no threads are deadlocked: the one state a restart cures and waiting does not. A full heap is not a
 * reason (a big collection frees it, and a restart would drop every user's session), and neither is a slow BBB.
 * Served by the server at {@code /health/live}; a deadlock is logged with the threads' stacks and locks.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ApplicationLiveness.class.getName());

    /** The deadlock logged last: probes come every few seconds, and one deadlock is logged once. */
    private final AtomicReference<long[]> logged = new AtomicReference<>();

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        if (deadlocked != null && !Arrays.equals(deadlocked, logged.getAndSet(deadlocked))) {
            LOG.severe(() -> "Deadlocked threads: " + Arrays.stream(threads.getThreadInfo(deadlocked, true, true))
                    .map(String::valueOf).collect(Collectors.joining()));
        }
        return HealthCheckResponse.named("bbb-rooms").status(deadlocked == null)
                .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length).build();
    }
}

package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bbbrooms.testing.Await;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The background jobs' executor as Payara Micro gives it to the application (its @ManagedScheduledExecutorDefinition):
 * a job whose pass hangs does not hold up another one, and a pass that fails does not stop its job.
 */
@ExtendWith(ArquillianExtension.class)
public class BackgroundJobsIT {

    private static final Duration PERIOD = Duration.ofMillis(50);

    @Inject
    BackgroundJobs jobs;

    @Test
    void aHangingPassHoldsUpNoOtherJobAndAFailingPassStopsNone() throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger failures = new AtomicInteger();
        ScheduledFuture<?> slow = jobs.every("A hanging test job", PERIOD, () -> {
            hanging.countDown();
            awaitQuietly(release);
        });
        ScheduledFuture<?> failing = jobs.every("A failing test job", PERIOD, () -> {
            failures.incrementAndGet();
            throw new BusinessException("test.failure");
        });
        try {
            assertTrue(hanging.await(10, TimeUnit.SECONDS), "the hanging job runs");
            int before = failures.get();
            Await.until(Duration.ofSeconds(10), () -> failures.get() >= before + 3,
                    "the failing job's passes go on, beside the hanging one");
        } finally {
            release.countDown();
            slow.cancel(false);
            failing.cancel(false);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

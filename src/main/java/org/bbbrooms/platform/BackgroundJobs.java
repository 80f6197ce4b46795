package org.bbbrooms.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's one way to run work on a period (the attendance sync, the recording sync, webhook delivery, the
 * LTI services): a Jakarta Concurrency managed scheduled executor that the application defines with one thread per
 * job ({@value #THREADS}), so that a slow pass of one job never holds up another (the server's default one has a
 * single thread). A pass starts one period after the previous one ended, so that passes of a job never overlap, on
 * each node; a pass that fails is logged and the next one runs. Managed executors rather than EJB timers: they serve
 * CDI beans and EJBs alike, start and stop on demand (the attendance sync runs only while meetings are open), and
 * tests hand them a plain {@link ScheduledExecutorService}. The container cancels the tasks when the application
 * stops.
 * <p>Use: {@code ScheduledFuture<?> task = jobs.every("The webhook delivery", Duration.ofSeconds(10), this::runOnce);}
 */
@ManagedScheduledExecutorDefinition(name = BackgroundJobs.EXECUTOR, maxAsync = BackgroundJobs.THREADS)
@ApplicationScoped
public class BackgroundJobs {

    static final String EXECUTOR = "java:app/concurrent/BackgroundJobs";
    static final int THREADS = 4;
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    @Resource(lookup = EXECUTOR)
    ScheduledExecutorService scheduler;

    /** Jobs on a scheduler of the caller's, for tests. */
    public static BackgroundJobs on(ScheduledExecutorService scheduler) {
        BackgroundJobs jobs = new BackgroundJobs();
        jobs.scheduler = scheduler;
        return jobs;
    }

    /**
     * Runs {@code pass} every {@code period}, the first time one period from now, until the returned task is
     * cancelled.
     *
     * @param job what the pass is, for the log ("The recording sync")
     */
    public ScheduledFuture<?> every(String job, Duration period, Runnable pass) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(job + " needs a period of more than zero, not " + period);
        }
        long millis = period.toMillis();
        return scheduler.scheduleWithFixedDelay(() -> run(job, period, pass), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One pass; an exception would cancel every later one, so none leaves. */
    private static void run(String job, Duration period, Runnable pass) {
        try {
            pass.run();
        } catch (BusinessException e) {
            LOG.log(Level.WARNING, "{0} failed; it runs again in {1} s: {2}",
                    new Object[] {job, period.toSeconds(), e.key()});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, job + " failed; it runs again in " + period.toSeconds() + " s", e);
        }
    }
}

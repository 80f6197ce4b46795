package org.bbbrooms.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.platform.grid.DataGrid;
import org.bbbrooms.platform.grid.LocalGrid;

/**
 * The application's one way to run work on a period (the attendance sync, the recording sync, webhook delivery, the
 * LTI services): a Jakarta Concurrency managed scheduled executor that the application defines with one thread per
 * job ({@value #THREADS}), so that a slow pass of one job never holds up another (the server's default one has a
 * single thread). A pass starts one period after the previous one ended, so that passes of a job never overlap, on
 * each node; a pass that fails is logged and the next one runs. In a cluster, {@link #every every} runs a job once
 * per period in all: each node's pass first claims the period (its index since the epoch, on the {@link Clock}) in
 * the {@link DataGrid}, and only the node that got it runs; when that node dies, the others' passes claim the next
 * periods. A job that works on each node, or shares its work out through the database, says so with
 * {@link #everyOnEachNode}. Managed executors rather than EJB timers: they serve
 * CDI beans and EJBs alike, start and stop on demand (the attendance sync runs only while meetings are open), and
 * tests hand them a plain {@link ScheduledExecutorService}. The container cancels the tasks when the application
 * stops.
 * <p>Use: {@code ScheduledFuture<?> task = jobs.every("The recording sync", Duration.ofSeconds(60), this::runOnce);}
 */
@ManagedScheduledExecutorDefinition(name = BackgroundJobs.EXECUTOR, maxAsync = BackgroundJobs.THREADS)
@ApplicationScoped
public class BackgroundJobs {

    static final String EXECUTOR = "java:app/concurrent/BackgroundJobs";
    static final int THREADS = 4;
    static final String CLAIMS = "job-periods";
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    @Resource(lookup = EXECUTOR)
    ScheduledExecutorService scheduler;

    @Inject
    DataGrid grid;

    @Inject
    Clock clock = Clock.systemUTC();

    /** Jobs on a scheduler of the caller's, alone, for tests. */
    public static BackgroundJobs on(ScheduledExecutorService scheduler) {
        return on(scheduler, new LocalGrid(Clock.systemUTC()), Clock.systemUTC());
    }

    /** Jobs on a scheduler of the caller's, as one node of {@code grid}, for tests. */
    public static BackgroundJobs on(ScheduledExecutorService scheduler, DataGrid grid, Clock clock) {
        BackgroundJobs jobs = new BackgroundJobs();
        jobs.scheduler = scheduler;
        jobs.grid = grid;
        jobs.clock = clock;
        return jobs;
    }

    /**
     * Runs {@code pass} every {@code period}, the first time one period from now, until the returned task is
     * cancelled; on one node of the cluster per period.
     *
     * @param job what the pass is, for the log and the claims ("The recording sync"); one name a job
     */
    public ScheduledFuture<?> every(String job, Duration period, Runnable pass) {
        return schedule(job, period, claimed(job, period, pass));
    }

    /**
     * The pass that runs {@code pass} when this node claims the period first. The claim outlives its period, so that
     * a node whose clock is a little behind does not take the period again.
     */
    Runnable claimed(String job, Duration period, Runnable pass) {
        DataGrid.GridMap<String, String> claims = grid.map(CLAIMS);
        return () -> {
            String key = job + "#" + clock.millis() / period.toMillis();
            if (claims.putIfAbsent(key, grid.node(), period.multipliedBy(2))) {
                pass.run();
            }
        };
    }

    /** Runs {@code pass} every {@code period} on this node, whatever the others do: for work of its own. */
    public ScheduledFuture<?> everyOnEachNode(String job, Duration period, Runnable pass) {
        return schedule(job, period, pass);
    }

    private ScheduledFuture<?> schedule(String job, Duration period, Runnable pass) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(job + " needs a period of more than zero, not " + period);
        }
        long millis = period.toMillis();
        return scheduler.scheduleWithFixedDelay(() -> run(job, period, pass), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One pass; an exception would cancel every later one, so none leaves (a grid that fails skips the pass). */
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

package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.GridMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes (two real Hazelcast members) both schedule the recording sync: each period runs on one of them only,
 * whichever comes first, and when that node dies the survivor runs the next periods, without running again the
 * period the dead node had run.
 */
class BackgroundJobsTest {

    private static final Duration PERIOD = Duration.ofSeconds(60);

    private static GridMembers members;
    private static ScheduledExecutorService scheduler;

    @BeforeAll
    static void startTwoNodes() {
        members = GridMembers.start(2);
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void stopThem() {
        members.close();
        scheduler.shutdownNow();
    }

    @Test
    void aPeriodRunsOnOneNodeAndTheSurvivorTakesTheNextOnesOver() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
        List<String> ran = new CopyOnWriteArrayList<>();
        Runnable onA = BackgroundJobs.on(scheduler, members.grid(0), clock)
                .claimed("The recording sync", PERIOD, () -> ran.add("A"));
        Runnable onB = BackgroundJobs.on(scheduler, members.grid(1), clock)
                .claimed("The recording sync", PERIOD, () -> ran.add("B"));
        Runnable otherOnB = BackgroundJobs.on(scheduler, members.grid(1), clock)
                .claimed("The attendance sync", PERIOD, () -> ran.add("B's attendance"));

        onA.run();
        onB.run();
        otherOnB.run();
        assertEquals(List.of("A", "B's attendance"), ran, "one recording sync in the period; another job is apart");

        clock.advance(PERIOD);
        onB.run();
        onA.run();
        assertEquals(List.of("A", "B's attendance", "B"), ran, "the next period goes to whoever comes first");

        clock.advance(PERIOD);
        onA.run();
        members.terminate(0);
        onB.run();
        assertEquals(List.of("A", "B's attendance", "B", "A"), ran, "A ran this period before it died: not again");

        clock.advance(PERIOD);
        onB.run();
        clock.advance(PERIOD);
        onB.run();
        assertEquals(List.of("A", "B's attendance", "B", "A", "B", "B"), ran, "B, alone, runs every next period");
    }
}

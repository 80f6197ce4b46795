package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bbbrooms.bbb.MeetingInfo;
import org.bbbrooms.platform.grid.DataGrid;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.GridMembers;
import org.bbbrooms.testing.MemoryMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one data grid (two real Hazelcast members) render the same course pages: BBB gets one getMeetingInfo
 * per meeting per period from the whole cluster, a node that looks while the other is asking gets the other's
 * answer, a start on one node is what the other shows at once, and the browsers connected to the other node hear
 * of it by push.
 */
class RoomsAcrossNodesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static GridMembers members;
    private static ExecutorService threads;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch asking = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);

    @BeforeAll
    static void startTwoNodes() {
        members = GridMembers.start(2);
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stopThem() {
        members.close();
        threads.shutdownNow();
    }

    @Test
    void theClusterAsksBbbOncePerMeetingPerPeriodAndTheNodeThatWaitedGetsTheAnswer() throws Exception {
        RoomStatusCache a = node(members.grid(0));
        RoomStatusCache b = node(members.grid(1));
        String meeting = "meeting-" + clock.millis();

        CompletableFuture<MeetingState> onA = a.lookup(meeting);
        assertTrue(asking.await(WAIT.toSeconds(), TimeUnit.SECONDS), "node A asks BBB");
        CompletableFuture<MeetingState> onB = b.lookup(meeting);
        answer.countDown();
        assertEquals(MeetingState.Kind.RUNNING, onA.get(WAIT.toSeconds(), TimeUnit.SECONDS).kind());
        assertEquals(12, onB.get(WAIT.toSeconds(), TimeUnit.SECONDS).participantCount(), "B has A's answer");
        for (int i = 0; i < 10; i++) {
            a.observe(meeting, WAIT);
            b.observe(meeting, WAIT);
        }
        assertEquals(1, calls.get(), "one call for both nodes and all their renders in the period");

        clock.advance(Duration.ofSeconds(6));
        assertEquals(12, b.observe(meeting, WAIT).participantCount());
        assertEquals(12, a.observe(meeting, WAIT).participantCount());
        assertEquals(2, calls.get(), "the next period asks again, once for the cluster");
    }

    @Test
    void aQuestionClaimedByANodeThatLeftTheClusterIsAskedAtOnce() {
        RoomStatusCache b = node(members.grid(1));
        String meeting = "orphaned-" + clock.millis();
        members.grid(1).<String, String>map(RoomStatusCache.ASKS).put(meeting, "killed-node", RoomStatusCache.ASK_CLAIM);
        answer.countDown();

        assertEquals(12, b.observe(meeting, Duration.ofSeconds(2)).participantCount(),
                "B asks BBB itself rather than wait for the answer of a node that is gone");
        assertEquals(1, calls.get());
    }

    @Test
    void aStartOnOneNodeIsWhatTheOtherShowsWithoutAskingBbb() {
        RoomStatusCache a = node(members.grid(0));
        RoomStatusCache b = node(members.grid(1));
        String meeting = "started-" + clock.millis();

        a.started(meeting);
        assertEquals(MeetingState.WAITING_FOR_USERS, b.observe(meeting, WAIT));
        assertEquals(0, calls.get(), "A's start is the cluster's answer for the period");
    }

    @Test
    void aStartOnOneNodeIsPushedToTheBrowsersOfTheOther() throws InterruptedException {
        RecordedPush browsersOnB = new RecordedPush();
        RoomEvents a = events(members.grid(0), new RecordedPush());
        RoomEvents b = events(members.grid(1), browsersOnB);
        Room room = Room.platform();
        try {
            a.started(room);
            assertEquals(Optional.of(Map.of("room", RoomEvents.pushKey(room.getPublicId()), "event", "started")),
                    browsersOnB.next(WAIT.toSeconds()), "the student waiting on B hears of the start on A");
        } finally {
            a.close();
            b.close();
        }
    }

    private static RoomEvents events(DataGrid grid, RecordedPush browsers) {
        RoomEvents events = new RoomEvents();
        events.rooms = browsers;
        events.grid = grid;
        events.listen();
        return events;
    }

    /** One node's cache, on its member of the grid; BBB answers once the test lets it. */
    private RoomStatusCache node(DataGrid grid) {
        RoomStatusCache cache = new RoomStatusCache();
        cache.probe = new MeetingStatusProbe() {
            @Override
            public Optional<MeetingInfo> fetch(String bbbMeetingId) {
                calls.incrementAndGet();
                asking.countDown();
                try {
                    answer.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of(new MeetingInfo(bbbMeetingId, "internal", "Room", 1L, true, false, true, false,
                        false, Optional.empty(), Optional.empty(), 12, 1, 0, 0, 0, 0, List.of(), Map.of()));
            }
        };
        cache.executor = threads;
        cache.ttlSeconds = 5;
        cache.clock = clock;
        cache.metrics = new StatusMetrics();
        cache.metrics.registry = new MemoryMetrics().registry();
        cache.metrics.register();
        cache.grid = grid;
        cache.listen();
        return cache;
    }
}

package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bbbrooms.bbb.BbbUnreachableException;
import org.bbbrooms.bbb.MeetingInfo;
import org.bbbrooms.platform.grid.LocalGrid;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.MemoryMetrics;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The status cache's metrics, over a probe that answers what each test says: look-ups answered from the cache are
 * hits, those that ask BBB misses; the circuit gauge follows what look-ups meet; and the meeting gauges combine the
 * open meetings with what the cache last heard, sampled once per period.
 */
class StatusMetricsTest {

    private final MemoryMetrics metrics = new MemoryMetrics();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final RoomStatusCache cache = new RoomStatusCache();
    private volatile Function<String, Optional<MeetingInfo>> bbb = id -> Optional.of(running(id, 7));

    StatusMetricsTest() {
        cache.probe = new MeetingStatusProbe() {
            @Override
            public Optional<MeetingInfo> fetch(String bbbMeetingId) {
                return bbb.apply(bbbMeetingId);
            }
        };
        cache.executor = threads;
        cache.ttlSeconds = 5;
        cache.clock = clock;
        cache.metrics = new StatusMetrics();
        cache.metrics.registry = metrics.registry();
        cache.metrics.register();
        cache.grid = new LocalGrid(clock);
        cache.listen();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static MeetingInfo running(String id, int participants) {
        return new MeetingInfo(id, "internal-" + id, "Room", 1L, true, false, true, false, false, Optional.empty(),
                Optional.empty(), participants, 1, 0, 0, 0, 0, List.of(), Map.of());
    }

    private long lookups(String result) {
        return metrics.count("bbb_rooms_status_cache_lookups", "result", result);
    }

    private Number circuit() {
        return metrics.gauge("bbb_rooms_bbb_circuit_open");
    }

    @Test
    void aLookUpThatAsksBbbIsAMissAndOneAnsweredFromTheCacheAHit() {
        cache.observe("m1", Duration.ofSeconds(5));
        cache.observe("m1", Duration.ofSeconds(5));
        cache.observe("m1", Duration.ofSeconds(5));
        assertEquals(1, lookups("miss"));
        assertEquals(2, lookups("hit"));
        clock.advance(Duration.ofSeconds(5));
        cache.observe("m1", Duration.ofSeconds(5));
        assertEquals(2, lookups("miss"), "a period later BBB is asked again");
    }

    @Test
    void theCircuitGaugeIsOneWhileLookUpsAreRefusedByTheOpenCircuit() {
        assertEquals(0, circuit().intValue());
        bbb = id -> {
            throw new CircuitBreakerOpenException("open");
        };
        assertEquals(MeetingState.Kind.UNAVAILABLE, cache.observe("m1", Duration.ofSeconds(5)).kind());
        assertEquals(1, circuit().intValue());

        bbb = id -> {
            throw new BbbUnreachableException("down", false, null);
        };
        clock.advance(Duration.ofSeconds(5));
        cache.observe("m1", Duration.ofSeconds(5));
        assertEquals(1, circuit().intValue(), "a failure that passed the breaker says nothing of its state");

        bbb = id -> Optional.of(running(id, 2));
        clock.advance(Duration.ofSeconds(5));
        cache.observe("m1", Duration.ofSeconds(5));
        assertEquals(0, circuit().intValue(), "a look-up got through: closed");
    }

    @Test
    void meetingGaugesCountOpenMeetingsAndWhatTheCacheLastHeardOncePerPeriod() {
        AtomicInteger queries = new AtomicInteger();
        MeetingGauges gauges = new MeetingGauges();
        gauges.store = new RoomStore() {
            @Override
            public List<String> openMeetingIds() {
                queries.incrementAndGet();
                return List.of("a", "b", "c");
            }
        };
        gauges.statuses = cache;
        gauges.registry = metrics.registry();
        gauges.clock = clock;
        gauges.register();
        bbb = id -> id.equals("b") ? Optional.empty() : Optional.of(running(id, id.equals("a") ? 12 : 3));
        cache.observe("a", Duration.ofSeconds(5));
        cache.observe("b", Duration.ofSeconds(5));

        assertEquals(3, metrics.gauge("bbb_rooms_meetings_open").intValue());
        assertEquals(1, metrics.gauge("bbb_rooms_meetings_running").intValue(), "b is gone, c was never asked");
        assertEquals(12, metrics.gauge("bbb_rooms_participants").intValue());
        assertEquals(2, lookups("hit") + lookups("miss"), "the gauges read the cache without looking up");
        assertEquals(1, queries.get(), "one query for the three gauges");
        clock.advance(Duration.ofSeconds(MeetingGauges.PERIOD_SECONDS));
        metrics.gauge("bbb_rooms_participants");
        assertEquals(2, queries.get(), "and one more a period later");
    }
}

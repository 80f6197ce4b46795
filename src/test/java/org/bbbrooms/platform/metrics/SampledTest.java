package org.bbbrooms.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.bbbrooms.sandbox.MutableClock;
import org.junit.jupiter.api.Test;

/** Gauges read a sample as often as they like; the source is asked once per period, and a failure keeps the last. */
class SampledTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AtomicInteger queries = new AtomicInteger();
    private volatile boolean failing;

    private final Sampled<Integer> sample = new Sampled<>(clock, Duration.ofSeconds(10), -1, () -> {
        if (failing) {
            throw new IllegalStateException("database down");
        }
        return queries.incrementAndGet();
    });

    @Test
    void theSourceIsAskedOncePerPeriodHoweverOftenTheSampleIsRead() {
        for (int i = 0; i < 5; i++) {
            assertEquals(1, sample.get());
        }
        clock.advance(Duration.ofSeconds(9));
        assertEquals(1, sample.get(), "still within the period");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, sample.get(), "a period later, a new sample");
        assertEquals(2, queries.get());
    }

    @Test
    void aFailedSampleKeepsThePreviousValueAndIsNotRetriedWithinThePeriod() {
        assertEquals(1, sample.get());
        failing = true;
        clock.advance(Duration.ofSeconds(10));
        assertEquals(1, sample.get(), "the last good value");
        failing = false;
        assertEquals(1, sample.get(), "no retry within the period of the failure");
        clock.advance(Duration.ofSeconds(10));
        assertEquals(2, sample.get());
    }
}

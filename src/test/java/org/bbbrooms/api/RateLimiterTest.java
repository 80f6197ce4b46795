package org.bbbrooms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.sandbox.MutableClock;
import org.junit.jupiter.api.Test;

/** A client may burst up to a minute's worth of requests, then gets one more every 60/rate seconds. */
class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter();
    private final ApiClientRef client = new ApiClientRef(7, "LMS", Set.of(Scope.READ), 60);

    RateLimiterTest() {
        limiter.clock = clock;
    }

    @Test
    void aBurstOfAMinutesWorthPassesAndTheNextWaitsForOneRefill() {
        for (int i = 0; i < 60; i++) {
            assertEquals(Optional.empty(), limiter.acquire(client), "request " + i);
        }
        Duration wait = limiter.acquire(client).orElseThrow();
        assertTrue(wait.toMillis() > 0 && wait.toMillis() <= 1000, wait.toString());

        clock.advance(wait);
        assertEquals(Optional.empty(), limiter.acquire(client));
        assertTrue(limiter.acquire(client).isPresent());
    }

    @Test
    void clientsHaveBucketsOfTheirOwnAndANewRateTakesEffectAtOnce() {
        ApiClientRef slow = new ApiClientRef(8, "Intranet", Set.of(Scope.READ), 1);
        assertEquals(Optional.empty(), limiter.acquire(slow));
        assertTrue(limiter.acquire(slow).isPresent());
        assertEquals(Optional.empty(), limiter.acquire(client));

        ApiClientRef raised = new ApiClientRef(8, "Intranet", Set.of(Scope.READ), 100);
        assertEquals(Optional.empty(), limiter.acquire(raised));
    }
}

package org.bbbrooms.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API client, refilled at the client's rate per minute and holding at most a minute's worth, so
 * that a client may burst and then keeps its average. Buckets live in this node's memory: with n nodes behind a load
 * balancer a client gets up to n times its rate, which is what a per-node guard against runaway scripts needs.
 * <p>Use: {@code limiter.acquire(client).ifPresent(wait -> answer429(wait))}.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    Clock clock = Clock.systemUTC();

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the client's bucket: empty when allowed, else how long until the next one is. */
    public Optional<Duration> acquire(ApiClientRef client) {
        long now = clock.millis();
        Bucket bucket = buckets.compute(client.id(), (id, old) -> (old == null || old.perMinute != client.rateLimit()
                ? new Bucket(client.rateLimit(), client.rateLimit(), now) : old).take(now));
        return bucket.granted ? Optional.empty() : Optional.of(bucket.untilNext());
    }

    /** An immutable bucket state: tokens left (fractional) at a time, and whether the last take succeeded. */
    private record Bucket(int perMinute, double tokens, long at, boolean granted) {

        Bucket(int perMinute, double tokens, long at) {
            this(perMinute, tokens, at, true);
        }

        Bucket take(long now) {
            double refilled = Math.min(perMinute, tokens + (now - at) * perMinute / 60_000.0);
            return refilled >= 1 ? new Bucket(perMinute, refilled - 1, now, true)
                    : new Bucket(perMinute, refilled, now, false);
        }

        Duration untilNext() {
            return Duration.ofMillis((long) Math.ceil((1 - tokens) * 60_000.0 / perMinute));
        }
    }
}

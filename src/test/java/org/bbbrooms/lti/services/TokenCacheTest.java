package org.bbbrooms.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.bbbrooms.sandbox.MutableClock;
import org.junit.jupiter.api.Test;

/** Service tokens are asked for once per platform and scope, and again only shortly before they expire. */
class TokenCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final TokenCache cache = new TokenCache(clock);
    private final AtomicInteger issued = new AtomicInteger();

    private TokenCache.Issued hourLong() {
        return new TokenCache.Issued("token-" + issued.incrementAndGet(), clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void aTokenServesEveryCallUntilShortlyBeforeItExpires() throws ServiceCallException {
        for (int i = 0; i < 10; i++) {
            assertEquals("token-1", cache.token("1 nrps", this::hourLong));
        }
        clock.advance(Duration.ofMinutes(58));
        assertEquals("token-1", cache.token("1 nrps", this::hourLong));
        clock.advance(Duration.ofSeconds(61));
        assertEquals("token-2", cache.token("1 nrps", this::hourLong), "renewed within the margin of its expiry");
        assertEquals(2, issued.get());
    }

    @Test
    void eachPlatformAndScopeHasItsOwnToken() throws ServiceCallException {
        assertEquals("token-1", cache.token("1 nrps", this::hourLong));
        assertEquals("token-2", cache.token("1 score", this::hourLong));
        assertEquals("token-3", cache.token("2 nrps", this::hourLong));
        assertEquals("token-1", cache.token("1 nrps", this::hourLong));
    }

    @Test
    void aRefusedTokenIsForgottenAndReplaced() throws ServiceCallException {
        cache.token("1 nrps", this::hourLong);
        cache.forget("1 nrps");
        assertEquals("token-2", cache.token("1 nrps", this::hourLong));
    }

    @Test
    void aFailedRequestCachesNothing() throws ServiceCallException {
        assertThrows(ServiceCallException.class, () -> cache.token("1 nrps", () -> {
            throw new ServiceCallException(503, "down");
        }));
        assertEquals("token-1", cache.token("1 nrps", this::hourLong));
    }

    @Test
    void theTokenStaysOutOfToString() {
        assertEquals("Issued[token hidden, expires 2026-03-02T11:00:00Z]", hourLong().toString());
    }
}

package org.bbbrooms.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.bbbrooms.platform.metrics.MetricsGuard.Access;
import org.junit.jupiter.api.Test;

/** The metrics answer a scraper with the configured bearer token, nobody else, and nobody at all without one. */
class MetricsGuardTest {

    private static final Optional<String> TOKEN = Optional.of("s3cret-metrics-token");

    @Test
    void theConfiguredBearerTokenIsLetThrough() {
        assertEquals(Access.ALLOWED, MetricsGuard.access(TOKEN, "Bearer s3cret-metrics-token"));
        assertEquals(Access.ALLOWED, MetricsGuard.access(TOKEN, "bearer  s3cret-metrics-token "),
                "the scheme is case-blind");
    }

    @Test
    void aMissingOrWrongTokenIsUnauthorized() {
        assertEquals(Access.UNAUTHORIZED, MetricsGuard.access(TOKEN, null));
        assertEquals(Access.UNAUTHORIZED, MetricsGuard.access(TOKEN, "Bearer s3cret-metrics-toke"));
        assertEquals(Access.UNAUTHORIZED, MetricsGuard.access(TOKEN, "Bearer "));
        assertEquals(Access.UNAUTHORIZED, MetricsGuard.access(TOKEN, "Basic czNjcmV0LW1ldHJpY3MtdG9rZW4="));
        assertEquals(Access.UNAUTHORIZED, MetricsGuard.access(TOKEN, "s3cret-metrics-token"));
    }

    @Test
    void withoutATokenTheMetricsAreNotPublished() {
        assertEquals(Access.NOT_PUBLISHED, MetricsGuard.access(Optional.empty(), "Bearer anything"));
        assertEquals(Access.NOT_PUBLISHED, MetricsGuard.access(Optional.of("  "), "Bearer   "));
    }
}

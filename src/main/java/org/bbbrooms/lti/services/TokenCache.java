package org.bbbrooms.lti.services;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens this node holds, per platform and scope, each kept until {@link #MARGIN} before it expires, so
 * that service calls ask the token endpoint once an hour or so, never once per call. A token is fetched by one
 * caller at a time per key (the others wait for it); a token the LMS refused is {@link #forget forgotten}.
 * <p>Use: {@code String bearer = cache.token(key, () -> tokenEndpoint.issue(platform, scope));}
 */
public final class TokenCache {

    /** How long before its expiry a token is replaced. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    /** A token and when it stops being valid. */
    public record Issued(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "Issued[token hidden, expires " + expiresAt + "]";
        }
    }

    /** Fetches a new token; may fail as a service call does. */
    @FunctionalInterface
    public interface Issuer {
        Issued issue() throws ServiceCallException;
    }

    private final Clock clock;
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public TokenCache(Clock clock) {
        this.clock = clock;
    }

    public String token(String key, Issuer issuer) throws ServiceCallException {
        Issued held = tokens.get(key);
        if (fresh(held)) {
            return held.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            held = tokens.get(key);
            if (!fresh(held)) {
                held = issuer.issue();
                tokens.put(key, held);
            }
            return held.value();
        }
    }

    public void forget(String key) {
        tokens.remove(key);
    }

    private boolean fresh(Issued token) {
        return token != null && clock.instant().plus(MARGIN).isBefore(token.expiresAt());
    }
}

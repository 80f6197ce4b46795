package org.bbbrooms.testing.lti;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The access tokens the token endpoint issued, their scopes and lifetimes, and the check the services make. */
final class AccessTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private record Grant(String clientId, Set<String> scopes, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();

    AccessTokens(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, Set<String> scopes) {
        String token = Registrations.random() + Registrations.random();
        grants.put(token, new Grant(clientId, Set.copyOf(scopes), clock.instant().plus(LIFETIME)));
        issued.incrementAndGet();
        return token;
    }

    int issued() {
        return issued.get();
    }

    /**
     * Checks the request's bearer token (RFC 6750): 401 when it is missing, unknown or expired, 403 when it has none
     * of the scopes that allow the call.
     */
    void require(Call call, String... anyOf) {
        Grant grant = call.bearer() == null ? null : grants.get(call.bearer());
        if (grant == null || !grant.expires().isAfter(clock.instant())) {
            throw Rejected.bearer(401, "invalid_token", "an access token from the token endpoint is required");
        }
        for (String scope : anyOf) {
            if (grant.scopes().contains(scope)) {
                return;
            }
        }
        throw Rejected.bearer(403, "insufficient_scope", "the access token needs one of the scopes "
                + String.join(" ", anyOf));
    }
}

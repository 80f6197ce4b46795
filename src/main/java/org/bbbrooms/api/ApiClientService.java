package org.bbbrooms.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, lists, revokes and checks the bearer tokens of API clients. A token is {@code bbr_} plus 256 random bits;
 * only its SHA-256 is stored, which is enough for a secret of that entropy and costs nothing per request. The last
 * use is written at most once a minute per client, so that API traffic does not turn into database writes.
 * <p>Use: {@code IssuedToken issued = clients.create(admin, "Chamilo", Set.of(Scope.PROVISION), null, null);} then
 * show {@code issued.token()} once; {@code clients.authenticate(token)} in the bearer filter.
 */
@Stateless
public class ApiClientService {

    static final String PREFIX = "bbr_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "BBB_API_RATE_LIMIT", defaultValue = "600")
    int defaultRateLimit;

    /** Creates a client; only admins may. {@code expiresAt} and {@code rateLimit} (per minute) may be null. */
    public IssuedToken create(Actor actor, String name, Set<Scope> scopes, Instant expiresAt, Integer rateLimit) {
        requireAdmin(actor);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BusinessException("api.client.name.invalid");
        }
        if (scopes.isEmpty()) {
            throw new BusinessException("api.client.scopes.required");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new BusinessException("api.client.expiry.past");
        }
        if (rateLimit != null && rateLimit < 1) {
            throw new BusinessException("api.client.rateLimit.invalid");
        }
        String token = PREFIX + Tokens.random();
        ApiClient client = new ApiClient(name.strip(), scopes, expiresAt, rateLimit, now, actor.username());
        client.token(Tokens.digest(token), token.substring(0, PREFIX.length() + 6));
        em.persist(client);
        return new IssuedToken(client, token);
    }

    public List<ApiClient> list(Actor actor) {
        requireAdmin(actor);
        return em.createQuery("select c from ApiClient c order by c.createdAt desc, c.id desc", ApiClient.class)
                .getResultList();
    }

    /** Revokes at once: the next request with the token is refused, on every node (the check reads the database). */
    public ApiClient revoke(Actor actor, long id) {
        requireAdmin(actor);
        ApiClient client = Optional.ofNullable(em.find(ApiClient.class, id))
                .orElseThrow(() -> new NotFoundException("api.client.notFound"));
        if (client.getRevokedAt().isEmpty()) {
            client.revoke(clock.instant());
        }
        return client;
    }

    /** Whether the client's token opens the API now (for the admin page's state column). */
    public boolean isValidNow(ApiClient client) {
        return client.isValidAt(clock.instant());
    }

    /** The client a bearer token belongs to, if the token is valid now. */
    public Optional<ApiClientRef> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiClient> found = em.createQuery("select c from ApiClient c where c.tokenHash = :hash",
                ApiClient.class).setParameter("hash", Tokens.digest(token)).getResultStream().findFirst();
        return found.filter(c -> c.isValidAt(now)).map(c -> {
            if (c.getLastUsedAt().map(last -> last.plus(TOUCH_EVERY).isBefore(now)).orElse(true)) {
                c.used(now);
            }
            return new ApiClientRef(c.getId(), c.getName(), c.getScopes(), c.getRateLimit().orElse(defaultRateLimit));
        });
    }


    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("api.client.adminOnly");
        }
    }
}

package org.bbbrooms.api.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.SecretBox;
import org.bbbrooms.platform.Tokens;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.platform.persistence.Paging;

/**
 * Webhook subscriptions, for admins (the admin page) and for API clients (their own only). Every method checks
 * who asks: an admin may see and change every subscription; a caller acting for an API client
 * ({@code clientId} present) sees and deletes only the client's. A new subscription gets a random secret
 * ({@code whsec_} and 32 random bytes), returned once in {@link NewSubscription} and stored sealed by
 * {@link SecretBox} (AES-256-GCM under {@code BBB_SECRET_KEY}). Resuming sends the waiting
 * deliveries at once; replaying gives failed deliveries a new day of retries.
 * <p>Use: {@code NewSubscription made = webhooks.create(actor, url, description, types, Optional.empty());}
 */
@Stateless
@PermitAll
public class WebhookService {

    private static final Set<String> SORTABLE = Set.of("createdAt", "status", "attempts", "nextAttemptAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock = Clock.systemUTC();

    /** Every subscription (admins), or the client's own. */
    public List<Subscription> subscriptions(Actor actor, Optional<Long> clientId) {
        requireAdmin(actor);
        return em.createQuery("select s from Subscription s order by s.createdAt, s.id", Subscription.class)
                .getResultStream().filter(s -> clientId.isEmpty() || clientId.equals(s.getApiClientId())).toList();
    }

    public Subscription subscription(Actor actor, Optional<Long> clientId, long id) {
        requireAdmin(actor);
        return Optional.ofNullable(em.find(Subscription.class, id))
                .filter(s -> clientId.isEmpty() || clientId.equals(s.getApiClientId()))
                .orElseThrow(() -> new NotFoundException("webhook.notFound"));
    }

    /** Subscribes a URL (http or https) to the types; the secret comes back once. */
    public NewSubscription create(Actor actor, String url, String description, Set<EventType> types,
            Optional<Long> clientId) {
        requireAdmin(actor);
        if (types.isEmpty()) {
            throw new BusinessException("webhook.events.required");
        }
        if (!secrets.hasKey()) {
            throw new BusinessException("webhook.secret.noKey");
        }
        String secret = "whsec_" + Tokens.random();
        Subscription subscription = new Subscription(WebhookUrl.of(url), description, types, secrets.seal(secret),
                clientId, clock.instant());
        em.persist(subscription);
        return new NewSubscription(subscription, secret);
    }

    public Subscription pause(Actor actor, long id) {
        Subscription subscription = locked(actor, id);
        subscription.pause(clock.instant());
        return subscription;
    }

    /** Sends again: its waiting deliveries are due now. */
    public Subscription resume(Actor actor, long id) {
        Subscription subscription = locked(actor, id);
        subscription.resume();
        deliveries(id, DeliveryStatus.PENDING).forEach(d -> d.retryFrom(clock.instant()));
        return subscription;
    }

    /** Gives the failed deliveries a new day of retries, from now; how many. */
    public int replayFailed(Actor actor, long id) {
        locked(actor, id);
        List<Delivery> failed = deliveries(id, DeliveryStatus.FAILED);
        failed.forEach(d -> d.retryFrom(clock.instant()));
        return failed.size();
    }

    /**
     * Deletes the subscription and its deliveries. Events stay (until the retention purge), so that no fact is
     * announced twice to the other subscriptions.
     */
    public void delete(Actor actor, Optional<Long> clientId, long id) {
        Subscription subscription = subscription(actor, clientId, id);
        em.lock(subscription, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("delete from Delivery d where d.subscription.id = :id").setParameter("id", id).executeUpdate();
        em.remove(subscription);
    }

    /** The subscription's delivery log, newest first unless sorted otherwise. */
    public Page<Delivery> log(Actor actor, long id, PageRequest request) {
        subscription(actor, Optional.empty(), id);
        PageRequest sorted = request.sortField() == null
                ? new PageRequest(request.first(), request.size(), "createdAt", false) : request;
        return Paging.page(em, Delivery.class, sorted, SORTABLE, "createdAt",
                (where, root) -> where.equal(root.get("subscription").get("id"), id));
    }

    private Subscription locked(Actor actor, long id) {
        Subscription subscription = subscription(actor, Optional.empty(), id);
        em.lock(subscription, LockModeType.PESSIMISTIC_WRITE);
        return subscription;
    }

    private List<Delivery> deliveries(long subscriptionId, DeliveryStatus status) {
        return em.createQuery("select d from Delivery d where d.subscription.id = :id and d.status = :status",
                Delivery.class).setParameter("id", subscriptionId).setParameter("status", status).getResultList();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("webhook.denied");
        }
    }
}

package org.bbbrooms.api.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.platform.SecretBox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The worker's side of the deliveries, each method in a transaction of its own, so that nothing is held open
 * while a receiver is called. A delivery is sent only by the node whose conditional update claimed it
 * ({@link #claim}): of two nodes, the second one's update matches no row. An attempt's outcome then moves the
 * delivery on ({@link Backoff}) and the subscription's run of failures, which may pause it ({@link PauseRule}:
 * {@code BBB_WEBHOOK_PAUSE_FAILURES} attempts in a row, default 5, failing for {@code BBB_WEBHOOK_PAUSE_HOURS},
 * default 24).
 * <p>Use: through {@link WebhookWorker}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookStore {

    private static final Logger LOG = Logger.getLogger(WebhookStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    @ConfigProperty(name = "BBB_WEBHOOK_PAUSE_FAILURES", defaultValue = "5")
    int pauseFailures;

    @Inject
    @ConfigProperty(name = "BBB_WEBHOOK_PAUSE_HOURS", defaultValue = "24")
    long pauseHours;

    /** Deliveries due at {@code now} of subscriptions that are not paused, unclaimed; the oldest first. */
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select d.id from Delivery d where d.status = :pending and d.nextAttemptAt <= :now"
                + " and (d.claimedUntil is null or d.claimedUntil < :now) and d.subscription.status = :active"
                + " order by d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setParameter("active", SubscriptionStatus.ACTIVE).setMaxResults(max).getResultList();
    }

    /**
     * Claims a due delivery for {@code hold}: empty when another node claimed it first, or it is no longer due
     * (sent, or its subscription paused meanwhile).
     */
    public Optional<Claim> claim(long deliveryId, Instant now, Duration hold) {
        int claimed = em.createQuery("update Delivery d set d.claimedUntil = :until where d.id = :id"
                + " and d.status = :pending and d.nextAttemptAt <= :now"
                + " and (d.claimedUntil is null or d.claimedUntil < :now)"
                + " and d.subscription.id in (select s.id from Subscription s where s.status = :active)")
                .setParameter("until", now.plus(hold)).setParameter("id", deliveryId)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setParameter("active", SubscriptionStatus.ACTIVE).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Delivery delivery = em.find(Delivery.class, deliveryId);
        Subscription subscription = delivery.getSubscription();
        return Optional.of(new Claim(deliveryId, WebhookUrl.of(subscription.getUrl()).uri(),
                secrets.open(subscription.signingSecret()), delivery.getEvent().getEventId(), delivery.getEvent().getBody()));
    }

    /**
     * Forgets what is settled and older than {@code before}: delivered and failed deliveries, and the events left
     * without deliveries; how many deliveries.
     */
    public int purge(Instant before) {
        int deliveries = em.createQuery("delete from Delivery d where d.status <> :pending and d.createdAt < :before")
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("before", before).executeUpdate();
        em.createQuery("delete from WebhookEvent e where e.occurredAt < :before"
                + " and not exists (select d from Delivery d where d.event = e)")
                .setParameter("before", before).executeUpdate();
        return deliveries;
    }

    /** Records an attempt's outcome on the delivery and on its subscription (both rows locked). */
    public Delivery attempted(long deliveryId, Attempt attempt, Instant now) {
        Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Subscription subscription = em.find(Subscription.class, delivery.getSubscription().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (attempt.succeeded()) {
            delivery.delivered(attempt.code().orElseThrow(), attempt.response(), now);
            subscription.succeeded();
        } else {
            delivery.failed(attempt.code(), attempt.response(), now, Backoff.STANDARD);
            if (subscription.failed(now, new PauseRule(pauseFailures, Duration.ofHours(pauseHours)))) {
                LOG.warning(() -> "Paused " + subscription + " after " + subscription.getConsecutiveFailures()
                        + " failed attempts in a row since " + subscription.getFailingSince().orElseThrow());
            }
        }
        return delivery;
    }
}

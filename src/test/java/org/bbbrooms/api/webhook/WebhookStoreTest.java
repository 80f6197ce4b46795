package org.bbbrooms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.bbbrooms.platform.SecretBox;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The worker's claims on the three databases, as two nodes meet them: only one node claims a due delivery; a failed
 * attempt is due again after the backoff; a claim whose node died expires; a paused subscription is not sent to.
 */
class WebhookStoreTest {

    private static final Duration HOLD = Duration.ofSeconds(40);
    private static final SecretBox SECRETS = SecretBox.of(Optional.of("dGVzdHMgb25seTogdGhlIHN1aXRlJ3Mgc2VjcmV0IGs="),
            List.of());

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofTwoNodesOneClaimsADueDeliveryAndAFailureMakesItDueAfterTheBackoff(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = delivery(jpa, now);

        Optional<Claim> first = store(jpa, s -> s.claim(id, now, HOLD));
        assertTrue(first.isPresent());
        assertEquals("whsec_store", first.get().secret(), "stored sealed, opened to sign");
        assertEquals("{\"n\":1}", first.get().body());
        assertEquals(Optional.empty(), store(jpa, s -> s.claim(id, now.plusSeconds(1), HOLD)), "the other node");
        assertFalse(store(jpa, s -> s.due(now.plusSeconds(1), 1000)).contains(id), "claimed: not due for others");

        Delivery failed = store(jpa, s -> s.attempted(id, Attempt.answered(500, "oops"), now.plusSeconds(2)));
        assertEquals(DeliveryStatus.PENDING, failed.getStatus());
        assertEquals(Optional.of(500), failed.getLastCode());
        assertEquals(1, failed.getSubscription().getConsecutiveFailures());
        assertFalse(store(jpa, s -> s.due(now.plusSeconds(31), 1000)).contains(id), "30 s of backoff");
        assertTrue(store(jpa, s -> s.due(now.plusSeconds(33), 1000)).contains(id));

        Instant later = now.plusSeconds(33);
        assertTrue(store(jpa, s -> s.claim(id, later, HOLD)).isPresent(), "a node claims it, then dies");
        assertEquals(Optional.empty(), store(jpa, s -> s.claim(id, later.plus(HOLD).minusSeconds(1), HOLD)));
        assertTrue(store(jpa, s -> s.claim(id, later.plus(HOLD).plusSeconds(1), HOLD)).isPresent(),
                "its claim expired: another node sends it");

        Delivery delivered = store(jpa, s -> s.attempted(id, Attempt.answered(204, ""), later.plus(HOLD)));
        assertEquals(DeliveryStatus.DELIVERED, delivered.getStatus());
        assertEquals(0, delivered.getSubscription().getConsecutiveFailures());
        assertEquals(Optional.empty(), store(jpa, s -> s.claim(id, later.plus(Duration.ofHours(1)), HOLD)),
                "delivered: never sent again");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPausedSubscriptionIsNotSentTo(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = delivery(jpa, now);
        jpa.tx(em -> {
            em.find(Delivery.class, id).getSubscription().pause(now);
            return null;
        });
        assertFalse(store(jpa, s -> s.due(now, 1000)).contains(id));
        assertEquals(Optional.empty(), store(jpa, s -> s.claim(id, now, HOLD)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oldSettledDeliveriesAndTheirEventsAreForgottenPendingOnesKept(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        Instant old = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(40));
        long delivered = delivery(jpa, old);
        long pending = delivery(jpa, old);
        store(jpa, s -> s.attempted(delivered, Attempt.answered(200, ""), old));
        long event = jpa.tx(em -> em.find(Delivery.class, delivered).getEvent().getId());

        assertTrue(store(jpa, s -> s.purge(old.plus(Duration.ofDays(10)))) >= 1);
        jpa.tx(em -> {
            assertNull(em.find(Delivery.class, delivered), "delivered 40 days ago: forgotten");
            assertNull(em.find(WebhookEvent.class, event), "with its event");
            assertEquals(DeliveryStatus.PENDING, em.find(Delivery.class, pending).getStatus(), "still to be sent");
            return null;
        });
    }

    private static long delivery(Jpa jpa, Instant now) {
        return jpa.tx(em -> {
            Subscription subscription = new Subscription(WebhookUrl.of("https://portal.example/hook"), null,
                    EnumSet.of(EventType.MEETING_ENDED), SECRETS.seal("whsec_store"), Optional.empty(), now);
            em.persist(subscription);
            WebhookEvent event = new WebhookEvent(EventType.MEETING_ENDED, "test:" + UUID.randomUUID(),
                    Optional.empty(), now, (eventId, type, at) -> "{\"n\":1}");
            em.persist(event);
            Delivery delivery = new Delivery(subscription, event, now);
            em.persist(delivery);
            em.flush();
            return delivery.getId();
        });
    }

    /** One call of the store in a transaction of its own, as the container runs it (REQUIRES_NEW). */
    private static <T> T store(Jpa jpa, Function<WebhookStore, T> call) {
        return jpa.tx(em -> {
            WebhookStore store = new WebhookStore();
            store.em = em;
            store.secrets = SECRETS;
            store.pauseFailures = 5;
            store.pauseHours = 24;
            return call.apply(store);
        });
    }
}

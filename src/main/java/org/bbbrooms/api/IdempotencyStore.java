package org.bbbrooms.api;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.platform.SecretBox;

/**
 * Keeps the first answer per client and {@code Idempotency-Key} in the database, so that a retry reaching another
 * node is answered the same. Each step commits on its own: the claim is visible to concurrent retries at once, and
 * the unique key makes two simultaneous first requests impossible. Keys live 24 hours; a claim whose request never
 * finished (its node died) is given up after a minute. Answers are kept sealed ({@link SecretBox}) when a key is
 * configured, since some hold secrets shown once (a webhook's signing secret).
 * <p>Use: {@code store.claim(client, key, hash)}, then {@code store.complete(id, status, type, body)}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {

    static final Duration KEEP = Duration.ofHours(24);
    static final Duration ABANDONED = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock = Clock.systemUTC();

    @Inject
    SecretBox secrets;

    /** What a request with a key meets: its own new claim, or an earlier request with the same key. */
    public sealed interface Claim {
    }

    /** This request goes ahead; its answer is to be completed on this record. */
    public record Claimed(long recordId) implements Claim {
    }

    /** An earlier request with the same key and body answered this: replay it. */
    public record Replay(int status, String contentType, String body) implements Claim {
    }

    /** The key was used with another body (422), or its first request is still running (409). */
    public record Refused(int status, String key) implements Claim {
    }

    public Optional<Claim> existing(long clientId, String key, String requestHash) {
        Instant now = clock.instant();
        em.createQuery("delete from IdempotencyRecord r where r.createdAt < :cut").setParameter("cut", now.minus(KEEP))
                .executeUpdate();
        Optional<IdempotencyRecord> found = em.createQuery(
                        "select r from IdempotencyRecord r where r.clientId = :client and r.key = :key",
                        IdempotencyRecord.class)
                .setParameter("client", clientId).setParameter("key", key).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyRecord record = found.get();
        if (!record.requestHash().equals(requestHash)) {
            return Optional.of(new Refused(422, "api.idempotency.mismatch"));
        }
        if (record.status().isPresent()) {
            return Optional.of(new Replay(record.status().get(), record.contentType(),
                    record.body() == null ? null : secrets.open(record.body())));
        }
        if (record.createdAt().plus(ABANDONED).isBefore(now)) {
            em.remove(record);
            return Optional.empty();
        }
        return Optional.of(new Refused(409, "api.idempotency.inProgress"));
    }

    /** Claims the key; fails (a unique-key violation) when a concurrent request claimed it first. */
    public Claimed claim(long clientId, String key, String requestHash) {
        IdempotencyRecord record = new IdempotencyRecord(clientId, key, requestHash, clock.instant());
        em.persist(record);
        em.flush();
        return new Claimed(record.getId());
    }

    public void complete(long recordId, int status, String contentType, String body) {
        String stored = body != null && secrets.hasKey() ? secrets.seal(body) : body;
        Optional.ofNullable(em.find(IdempotencyRecord.class, recordId))
                .ifPresent(r -> r.complete(status, contentType, stored));
    }

    /** Gives a claim up (the request failed on the server's side), so that a retry runs again. */
    public void release(long recordId) {
        Optional.ofNullable(em.find(IdempotencyRecord.class, recordId)).ifPresent(em::remove);
    }
}

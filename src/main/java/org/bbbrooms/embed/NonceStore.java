package org.bbbrooms.embed;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * The nonces of the signed embed links already opened, in the database so that every node sees them. A nonce is
 * claimed once, in a transaction of its own; nonces of expired links are deleted as new ones come (a replayed
 * expired link is refused for its expiry anyway). Two nodes claiming the same nonce at the same instant meet the
 * primary key: the second one's transaction fails, and its request is refused.
 * <p>Use: {@code if (!nonces.claim(link.nonce(), link.expiresAt())) { refuse(Refusal.REPLAYED); }}
 */
@Stateless
public class NonceStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock = Clock.systemUTC();

    /** Whether the nonce was new, and is now taken until {@code expiresAt}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String nonce, Instant expiresAt) {
        em.createQuery("delete from EmbedNonce n where n.expiresAt < :now")
                .setParameter("now", clock.instant()).executeUpdate();
        if (em.find(EmbedNonce.class, nonce) != null) {
            return false;
        }
        em.persist(new EmbedNonce(nonce, expiresAt));
        em.flush();
        return true;
    }
}

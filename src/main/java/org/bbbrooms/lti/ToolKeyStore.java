package org.bbbrooms.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bbbrooms.platform.SecretBox;

/**
 * The tool's keys in the database: made on first use, rotated by an admin, and sealed again under the current
 * {@code BBB_SECRET_KEY} at start-up. {@link ToolKeys} reads them through here and keeps them a minute.
 */
@Stateless
public class ToolKeyStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock = Clock.systemUTC();

    /** Keys not retired, or retired after {@code since}: newest first. */
    public List<ToolKey> publishedSince(Instant since) {
        return em.createQuery("select k from ToolKey k where k.retiredAt is null or k.retiredAt > :since"
                + " order by k.createdAt desc, k.id desc", ToolKey.class).setParameter("since", since).getResultList();
    }

    /** A new key that signs from now on; the ones before are retired now and stay published for the overlap. */
    public ToolKey rotate() {
        Instant now = clock.instant();
        em.createQuery("select k from ToolKey k where k.retiredAt is null", ToolKey.class).getResultList()
                .forEach(key -> key.retire(now));
        return create(now);
    }

    /** The signing key, made when there is none yet (first start). */
    public ToolKey current() {
        return em.createQuery("select k from ToolKey k where k.retiredAt is null order by k.createdAt desc,"
                + " k.id desc", ToolKey.class).setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> create(clock.instant()));
    }

    /** The private key of a stored key. */
    public RSAKey privateKey(ToolKey key) {
        try {
            return RSAKey.parse(secrets.open(key.storedPrivateKey()));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("The stored LTI tool key " + key.getKid() + " is damaged", e);
        }
    }

    /** Seals, under the current {@code BBB_SECRET_KEY}, private keys stored in clear or under a retired key. */
    public void resealAll() {
        if (!secrets.hasKey()) {
            return;
        }
        em.createQuery("select k from ToolKey k", ToolKey.class).getResultList().stream()
                .filter(key -> secrets.needsResealing(key.storedPrivateKey()))
                .forEach(key -> key.reseal(secrets.seal(secrets.open(key.storedPrivateKey()))));
    }

    private ToolKey create(Instant now) {
        try {
            RSAKey pair = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            String json = pair.toJSONString();
            ToolKey key = new ToolKey(pair.getKeyID(), secrets.hasKey() ? secrets.seal(json) : json,
                    pair.toPublicJWK().toJSONString(), now);
            em.persist(key);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make an RSA key", e);
        }
    }
}

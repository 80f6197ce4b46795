package org.bbbrooms.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.platform.SecretBox;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The tool's key rotation, in the real schema: the new key signs at once, the previous one stays published (and
 * what it signed stays valid) for BBB_LTI_KEY_OVERLAP, then it is gone from the JWKS.
 */
class ToolKeysTest {

    /** A database of its own: the tool's keys are one set per database, which other tests sign with too. */
    private static final Jpa jpa = Jpa.fresh(TestDatabase.H2);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));

    /** The store, each call in a transaction of its own, as the container runs the EJB. */
    private final class TxStore extends ToolKeyStore {
        private final ToolKeyStore plain = new ToolKeyStore();
        private final Jpa db;

        TxStore(Jpa db) {
            this.db = db;
            plain.secrets = SecretBox.of(Optional.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="), List.of());
            plain.clock = ToolKeysTest.this.clock;
        }

        private <T> T in(Function<ToolKeyStore, T> work) {
            return db.tx(em -> {
                plain.em = em;
                return work.apply(plain);
            });
        }

        @Override
        public ToolKey current() {
            return in(ToolKeyStore::current);
        }

        @Override
        public List<ToolKey> publishedSince(Instant since) {
            return in(store -> store.publishedSince(since));
        }

        @Override
        public ToolKey rotate() {
            return in(ToolKeyStore::rotate);
        }

        @Override
        public RSAKey privateKey(ToolKey key) {
            return plain.privateKey(key);
        }
    }

    private ToolKeys keys() {
        return keys(jpa);
    }

    private ToolKeys keys(Jpa db) {
        ToolKeys keys = new ToolKeys();
        keys.store = new TxStore(db);
        keys.settings = new LtiSettings();
        keys.settings.keyOverlap = Optional.of("P2D");
        keys.clock = clock;
        return keys;
    }

    @AfterAll
    static void close() {
        jpa.closeIfOwn();
    }

    private String signed(ToolKeys keys) {
        return keys.sign(new JWTClaimsSet.Builder().issuer("tool").expirationTime(Date.from(clock.instant()
                .plus(Duration.ofDays(30)))).build());
    }

    private static List<String> kids(ToolKeys keys) {
        return keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
    }

    @Test
    void aPortalWithNoKeyYetMakesItsFirstOneAtTheFirstJwksReadAndSignsWithIt() {
        Jpa empty = Jpa.fresh(TestDatabase.H2);
        try {
            ToolKeys keys = keys(empty);
            List<String> published = kids(keys);
            assertEquals(1, published.size(), "a platform registering with a portal just installed gets a key");
            assertEquals(published.get(0), keys.signingKid());
            assertEquals(published, kids(keys(empty)), "another node reads the same key rather than making one");
            assertTrue(keys.verify(signed(keys)).isPresent());
        } finally {
            empty.closeIfOwn();
        }
    }

    @Test
    void aRotatedKeySignsAtOnceWhileThePreviousStaysPublishedForTheOverlap() {
        ToolKeys keys = keys();
        String before = keys.signingKid();
        String signedBefore = signed(keys);

        String after = keys.rotate();
        assertNotEquals(before, after);
        assertEquals(after, keys.signingKid(), "the new key signs at once on this node");
        assertTrue(kids(keys).containsAll(List.of(before, after)), "both are published: " + kids(keys));
        assertTrue(keys.verify(signedBefore).isPresent(), "what the previous key signed is still good");

        clock.advance(Duration.ofDays(2).plusMinutes(2));
        assertEquals(after, keys.signingKid());
        assertFalse(kids(keys).contains(before), "gone once the overlap is over: " + kids(keys));
        assertTrue(keys.verify(signedBefore).isEmpty(), "and what it signed with it");
        assertTrue(keys.verify(signed(keys)).isPresent());
    }

    @Test
    void anotherNodeSeesTheRotationWithinAMinute() {
        ToolKeys one = keys();
        ToolKeys other = keys();
        String before = other.signingKid();
        String after = one.rotate();
        assertEquals(before, other.signingKid(), "the other node keeps what it read for a minute");
        clock.advance(Duration.ofSeconds(61));
        assertEquals(after, other.signingKid());
    }
}

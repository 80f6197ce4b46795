package org.bbbrooms.testing.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's RSA 2048 keys: the one published at {@code /jwks} and a second one that is never published, so
 * that tests can hand a tool a forged token. Each has a random kid. {@link #rotate()} moves to a third key.
 * <p>Every emulator of a JVM shares the two key pairs, made once: making one costs 0.5 to 4 s of CPU in the test
 * JVM's quick compiler. The unpublished one is made in the background, for the tests that forge.
 */
final class PlatformKeys {

    private static final CompletableFuture<RSAKey> PUBLISHED = CompletableFuture.supplyAsync(PlatformKeys::generate);
    private static final CompletableFuture<RSAKey> UNPUBLISHED = PUBLISHED.thenApplyAsync(k -> generate());

    private volatile RSAKey published = PUBLISHED.join();
    private volatile List<RSAKey> listed = List.of(published);

    /** A third key pair, made on the first rotation only (most tests never rotate). */
    private static final class Next {
        static final RSAKey KEY = generate();
    }

    /** The JWKS document: the public halves of the signing key and, after a rotation, of the one before. */
    Map<String, Object> jwks() {
        return new JWKSet(listed.stream().map(key -> (JWK) key.toPublicJWK()).toList()).toJSONObject(true);
    }

    /**
     * Signs with a new key from now on, published under a new kid next to the previous one (Security Framework
     * §6.3: a platform rotates its keys, and a tool meets the new kid before its cached JWKS knows it).
     */
    synchronized void rotate() {
        RSAKey next = published == PUBLISHED.join() ? Next.KEY : generate();
        listed = List.of(next, published);
        published = next;
    }

    /** The claims as a compact JWT, signed (or not) as asked. */
    String sign(Map<String, Object> claims, SigningKey how) {
        try {
            JWTClaimsSet set = JWTClaimsSet.parse(claims);
            return switch (how) {
                case PLATFORM -> signed(set, published, published.getKeyID());
                case UNPUBLISHED -> signed(set, UNPUBLISHED.join(), published.getKeyID());
                case UNKNOWN_KID -> signed(set, published, UUID.randomUUID().toString());
                case NONE -> new PlainJWT(set).serialize();
            };
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot sign " + claims, e);
        }
    }

    private static String signed(JWTClaimsSet claims, RSAKey key, String kid) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

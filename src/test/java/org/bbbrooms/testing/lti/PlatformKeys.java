package org.bbbrooms.testing.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's RSA 2048 keys: the one published at {@code /jwks} and a second one that is never published, so
 * that tests can hand a tool a forged token. Each has a random kid.
 * <p>Every emulator of a JVM shares the two key pairs, made once: making one costs 0.5 to 4 s of CPU in the test
 * JVM's quick compiler. The unpublished one is made in the background, for the tests that forge.
 */
final class PlatformKeys {

    private static final CompletableFuture<RSAKey> PUBLISHED = CompletableFuture.supplyAsync(PlatformKeys::generate);
    private static final CompletableFuture<RSAKey> UNPUBLISHED = PUBLISHED.thenApplyAsync(k -> generate());

    private final RSAKey published = PUBLISHED.join();

    /** The JWKS document: the published key's public half only. */
    Map<String, Object> jwks() {
        return new JWKSet(published.toPublicJWK()).toJSONObject(true);
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

package org.bbbrooms.testing.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tools' public keys, fetched from their registered {@code jwks_uri} over HTTP as a platform does (1EdTech
 * Security Framework §6.3), cached, and fetched again once when a token names a kid the cached set lacks (the tool
 * rotated its key). Verifies the RS256 JWTs tools send: client assertions and deep-linking responses.
 */
final class ToolKeys {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, JWKSet> cache = new ConcurrentHashMap<>();

    /**
     * The claims of a JWT the tool signed, once its RS256 signature checks against the tool's keys; refused with
     * the reason otherwise, carrying {@code error} as its OAuth error code.
     */
    JWTClaimsSet verify(String compact, ToolRegistration tool, String error) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(compact);
        } catch (ParseException e) {
            throw Rejected.oauth(400, error, "not a signed JWT: " + e.getMessage());
        }
        Rejected.require(JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()), error,
                "the JWT must be signed RS256, not " + jwt.getHeader().getAlgorithm());
        String kid = jwt.getHeader().getKeyID();
        JWKSet cached = cache.get(tool.jwksUri());
        JWK key = cached == null ? null : find(cached, kid);
        if (key == null) {
            JWKSet fresh = fetch(tool.jwksUri());
            cache.put(tool.jwksUri(), fresh);
            key = find(fresh, kid);
        }
        Rejected.require(key instanceof RSAKey, error,
                "no RSA key " + kid + " at the tool's jwks_uri " + tool.jwksUri());
        try {
            Rejected.require(jwt.verify(new RSASSAVerifier((RSAKey) key)), error, "the JWT's signature is wrong");
            return jwt.getJWTClaimsSet();
        } catch (JOSEException | ParseException e) {
            throw Rejected.oauth(400, error, "cannot verify the JWT: " + e.getMessage());
        }
    }

    /** The key of this kid, or the only key when the JWT names none. */
    private static JWK find(JWKSet set, String kid) {
        if (kid == null) {
            return set.getKeys().size() == 1 ? set.getKeys().get(0) : null;
        }
        return set.getKeyByKeyId(kid);
    }

    private JWKSet fetch(String jwksUri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(jwksUri))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            Rejected.require(response.statusCode() == 200, "invalid_client",
                    "the tool's jwks_uri " + jwksUri + " answered " + response.statusCode());
            return JWKSet.parse(response.body());
        } catch (IOException | ParseException e) {
            throw Rejected.oauth(400, "invalid_client", "cannot read the tool's JWKS at " + jwksUri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Rejected.oauth(503, "temporarily_unavailable", "interrupted");
        }
    }
}

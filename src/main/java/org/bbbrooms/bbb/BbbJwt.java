package org.bbbrooms.bbb;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the JWTs that BBB signs with the shared secret on its callbacks: the recording-ready POST
 * (form field {@code signed_parameters}, HS256, claims {@code meeting_id} and {@code record_id}) and the
 * analytics POST ({@code Authorization: Bearer}, HS512). Only HMAC algorithms are accepted, the signature is
 * compared in constant time, and {@code exp}, when present, must not have passed (60 s leeway for clocks).
 * <pre>{@code JsonObject claims = BbbJwt.verify(form.get("signed_parameters"), secret);
 * String recordId = claims.getString("record_id");}</pre>
 */
public final class BbbJwt {

    private static final Map<String, String> HMACS = Map.of("HS256", "HmacSHA256", "HS384", "HmacSHA384", "HS512", "HmacSHA512");
    private static final Duration LEEWAY = Duration.ofSeconds(60);

    private BbbJwt() {
    }

    /**
     * Checks the token's algorithm, signature and expiry, and returns its claims.
     *
     * @throws BbbJwtException.Malformed            when the token is not a JWT
     * @throws BbbJwtException.UnsupportedAlgorithm when {@code alg} is none or not HS256/HS384/HS512
     * @throws BbbJwtException.InvalidSignature     when it was not signed with this secret
     * @throws BbbJwtException.Expired              when {@code exp} has passed
     */
    public static JsonObject verify(String token, Secret secret) {
        String[] parts = token == null ? new String[0] : token.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new BbbJwtException.Malformed("not a JWT: expected three dot-separated parts");
        }
        JsonObject header = json("header", parts[0]);
        String algorithm = header.get("alg") instanceof JsonString alg ? alg.getString() : "";
        String hmac = HMACS.get(algorithm);
        if (hmac == null) {
            throw new BbbJwtException.UnsupportedAlgorithm("JWT algorithm '" + (algorithm.isEmpty() ? "missing" : algorithm)
                    + "' refused: BBB signs callbacks with HS256 or HS512");
        }
        if (header.containsKey("crit")) {
            throw new BbbJwtException.Malformed("JWT with critical header extensions, which are not supported");
        }
        byte[] expected = sign(hmac, secret, parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, decode("signature", parts[2]))) {
            throw new BbbJwtException.InvalidSignature("JWT signature does not match the shared secret");
        }
        JsonObject claims = json("payload", parts[1]);
        if (claims.containsKey("exp")) {
            if (!(claims.get("exp") instanceof JsonNumber exp)) {
                throw new BbbJwtException.Malformed("JWT claim exp is not a number");
            }
            Instant expiry = Instant.ofEpochSecond(exp.longValue());
            if (expiry.plus(LEEWAY).isBefore(Instant.now())) {
                throw new BbbJwtException.Expired("JWT expired at " + expiry);
            }
        }
        return claims;
    }

    private static byte[] sign(String hmac, Secret secret, String signingInput) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), hmac));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks " + hmac, e);
        }
    }

    private static byte[] decode(String part, String base64url) {
        try {
            return Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new BbbJwtException.Malformed("JWT " + part + " is not base64url");
        }
    }

    private static JsonObject json(String part, String base64url) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(decode(part, base64url), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BbbJwtException.Malformed("JWT " + part + " is not a JSON object");
        }
    }
}

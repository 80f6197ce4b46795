package org.bbbrooms.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs compact JWTs with HMAC, as BBB signs its callbacks: HS256 for recording-ready, HS512 for analytics.
 *
 * <pre>{@code
 * Jwt.sign("HS256", Map.of("meeting_id", "m1", "record_id", "r1"), secret);
 * }</pre>
 */
final class Jwt {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Jwt() {
    }

    /** {@code algorithm} is {@code HS256} or {@code HS512}. */
    static String sign(String algorithm, Map<String, Object> claims, String secret) {
        String header = Json.write(Map.of("alg", algorithm, "typ", "JWT"));
        String signingInput = encode(header) + "." + encode(Json.write(claims));
        String jca = "HmacSHA" + algorithm.substring(2);
        try {
            Mac mac = Mac.getInstance(jca);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), jca));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jca + " is not available", e);
        }
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

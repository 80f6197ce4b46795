package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies a compact JWT by hand, as a callback receiver must, independently of the sandbox's code. */
final class JwtCheck {

    private JwtCheck() {
    }

    /** Checks the header's alg and the HMAC signature, and returns the claims. */
    static Map<String, Object> verify(String jwt, String alg, String secret) throws Exception {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, jwt);
        Base64.Decoder b64 = Base64.getUrlDecoder();
        Map<String, Object> header = MiniJson.object(new String(b64.decode(parts[0]), StandardCharsets.UTF_8));
        assertEquals(alg, header.get("alg"));
        String jca = "HmacSHA" + alg.substring(2);
        Mac mac = Mac.getInstance(jca);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), jca));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(MessageDigest.isEqual(expected, b64.decode(parts[2])), "bad JWT signature");
        return MiniJson.object(new String(b64.decode(parts[1]), StandardCharsets.UTF_8));
    }
}

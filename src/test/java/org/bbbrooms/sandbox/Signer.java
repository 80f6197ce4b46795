package org.bbbrooms.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Signs query strings the way a BBB client must, written independently of the sandbox's own code:
 * hex(digest(call + query + secret)), appended as {@code &checksum=}.
 */
final class Signer {

    private Signer() {
    }

    static String checksum(String jcaAlgorithm, String call, String query, String secret) {
        try {
            byte[] digest = MessageDigest.getInstance(jcaAlgorithm)
                    .digest((call + query + secret).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static String signed(String jcaAlgorithm, String call, String query, String secret) {
        String checksum = checksum(jcaAlgorithm, call, query, secret);
        return query.isEmpty() ? "checksum=" + checksum : query + "&checksum=" + checksum;
    }
}

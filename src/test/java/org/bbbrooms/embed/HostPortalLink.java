package org.bbbrooms.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signed embed link built the way a host portal builds it: the Java snippet of the README, written without our
 * classes, so that the tests check our verifier against what hosts do, not against itself.
 * <p>Use: {@code HostPortalLink.query(secret, HostPortalLink.values("u42", "c7", "student", "course", exp, nonce))}.
 */
final class HostPortalLink {

    private HostPortalLink() {
    }

    /** The fields of a link, in the canonical order, for user and course ids of the test's own. */
    static Map<String, String> values(String user, String course, String role, String room, long exp, String nonce) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("user", user);
        p.put("name", "Zoé Host-" + user);
        p.put("email", user + "@host.example.org");
        p.put("course", course);
        p.put("courseTitle", "Physique & chimie " + course);
        p.put("role", role);
        p.put("room", room);
        p.put("lang", "fr");
        p.put("exp", Long.toString(exp));
        p.put("nonce", nonce);
        return p;
    }

    /** The README's snippet: canonical string, HMAC-SHA256 in hex, then the query string with {@code sig}. */
    static String query(String secret, Map<String, String> p) {
        try {
            String canonical = p.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n"));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String sig = HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
            Map<String, String> signed = new LinkedHashMap<>(p);
            signed.put("sig", sig);
            return signed.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

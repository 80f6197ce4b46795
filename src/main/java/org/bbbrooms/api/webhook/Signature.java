package org.bbbrooms.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.bbbrooms.platform.Tokens;

/**
 * The signature of a delivery, as Stripe signs its webhooks: HMAC-SHA256, under the subscription's secret, of
 * {@code <unix seconds>.<body>}, sent as {@value #HEADER}{@code : t=<unix seconds>,v1=<hex>}. The timestamp is
 * signed too, so that a receiver refuses old deliveries replayed by someone who recorded one.
 * <p>Use: {@code request.header(Signature.HEADER, Signature.header(secret, now.getEpochSecond(), body))};
 * a receiver checks with {@code Signature.verify(secret, header, body, now, tolerance)}.
 */
public final class Signature {

    public static final String HEADER = "BBB-Rooms-Signature";
    public static final String EVENT_ID_HEADER = "BBB-Rooms-Event-Id";

    private Signature() {
    }

    /** The header's value for a body signed at {@code unixSeconds}. */
    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    /** Whether the header signs this body under the secret, with a timestamp within {@code toleranceSeconds}. */
    public static boolean verify(String secret, String header, String body, long nowSeconds, long toleranceSeconds) {
        Optional<Long> timestamp = part(header, "t").flatMap(Signature::number);
        Optional<String> signature = part(header, "v1");
        if (timestamp.isEmpty() || signature.isEmpty() || Math.abs(nowSeconds - timestamp.get()) > toleranceSeconds) {
            return false;
        }
        byte[] expected = hmac(secret, timestamp.get() + "." + body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.get().getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String message) {
        return HexFormat.of().formatHex(Tokens.hmacSha256(secret, message));
    }

    private static Optional<String> part(String header, String name) {
        if (header == null) {
            return Optional.empty();
        }
        for (String item : header.split(",")) {
            String[] pair = item.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals(name)) {
                return Optional.of(pair[1]);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

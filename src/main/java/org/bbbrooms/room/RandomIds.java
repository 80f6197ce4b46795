package org.bbbrooms.room;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable identifiers: room public ids, BBB meeting ids, callback tokens and voice bridges. */
final class RandomIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private RandomIds() {
    }

    /** 128 random bits in base64url: 22 characters for URLs. */
    static String publicId() {
        return BASE64URL.encodeToString(bytes(16));
    }

    /** 128 random bits in lower-case hex, so that no database collation can confuse two of them. */
    static String meetingId() {
        return HexFormat.of().formatHex(bytes(16));
    }

    /** A five-digit PIN, BBB's default voice bridge range. */
    static int voiceBridge() {
        return 10_000 + RANDOM.nextInt(90_000);
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

package org.bbbrooms.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.bbbrooms.platform.Tokens;

/**
 * The unguessable per-meeting token that BBB's callback URLs carry. Only its SHA-256 digest is stored, so a copy of
 * the database holds no usable token; a presented token is found by its digest and checked in constant time.
 * <p>Use: {@code CallbackToken token = CallbackToken.random(); url = base + "/" + token.value();} and later
 * {@code CallbackToken.matches(presented, meeting.callbackDigest())}.
 */
public final class CallbackToken {

    private final String value;

    private CallbackToken(String value) {
        this.value = value;
    }

    public static CallbackToken random() {
        return new CallbackToken(Tokens.random());
    }

    /** The token itself, for the callback URLs given to BBB; never log it. */
    public String value() {
        return value;
    }

    public String digest() {
        return digest(value);
    }

    /** The lower-case hex SHA-256 of a presented token: what the database stores and is searched by. */
    public static String digest(String token) {
        return Tokens.digest(token);
    }

    /** Whether a presented token is the one behind a stored digest, in time that does not depend on where they differ. */
    public static boolean matches(String presented, String storedDigest) {
        return MessageDigest.isEqual(digest(presented).getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "CallbackToken[***]";
    }
}

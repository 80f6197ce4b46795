package org.bbbrooms.testing.lti;

/**
 * A request the emulator refuses: thrown from deep inside a check so that each endpoint states its rules as a list
 * of {@code require} lines rather than nested ifs. The endpoint's route decides how it is written: as plain text, or
 * as an OAuth 2 error ({@code {"error": ..., "error_description": ...}}, RFC 6749 §5.2, RFC 7591 §3.2.2) with the
 * route's default error code when the check gave none.
 */
final class Rejected extends RuntimeException {

    final int status;
    /** The OAuth error code, or null for the route's default. */
    final String error;
    /** A {@code WWW-Authenticate} challenge to send (RFC 6750 §3), or null. */
    final String challenge;

    private Rejected(int status, String error, String challenge, String reason) {
        super(reason);
        this.status = status;
        this.error = error;
        this.challenge = challenge;
    }

    static Rejected bad(String reason) {
        return new Rejected(400, null, null, reason);
    }

    static Rejected notFound(String reason) {
        return new Rejected(404, null, null, reason);
    }

    static Rejected oauth(int status, String error, String reason) {
        return new Rejected(status, error, null, reason);
    }

    /** A refused bearer token (RFC 6750 §3.1): 401 invalid_token or 403 insufficient_scope, with its challenge. */
    static Rejected bearer(int status, String error, String reason) {
        return new Rejected(status, error, "Bearer error=\"" + error + "\"", reason);
    }

    /** Throws a 400 with the reason unless the condition holds. */
    static void require(boolean condition, String reason) {
        if (!condition) {
            throw bad(reason);
        }
    }

    /** Throws a 400 with this OAuth error code and the reason unless the condition holds. */
    static void require(boolean condition, String error, String reason) {
        if (!condition) {
            throw oauth(400, error, reason);
        }
    }
}

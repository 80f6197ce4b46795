package org.bbbrooms.bbb;

/**
 * A callback's JWT was refused by {@link BbbJwt#verify}; the nested types tell why, so that a callback
 * resource can answer 400 for {@link Malformed} and 401 for the others. Messages never quote the token.
 * <pre>{@code catch (BbbJwtException.Expired e) { return Response.status(401).build(); }}</pre>
 */
public abstract class BbbJwtException extends BbbException {

    private static final long serialVersionUID = 1L;

    BbbJwtException(String message) {
        super(message);
    }

    /** Not three base64url parts of JSON, or a claim of the wrong type. */
    public static final class Malformed extends BbbJwtException {

        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** {@code alg} is {@code none}, missing, or not an HMAC (HS256, HS384, HS512) signed with the secret. */
    public static final class UnsupportedAlgorithm extends BbbJwtException {

        private static final long serialVersionUID = 1L;

        UnsupportedAlgorithm(String message) {
            super(message);
        }
    }

    /** The signature does not match: forged, altered, or signed with another secret. */
    public static final class InvalidSignature extends BbbJwtException {

        private static final long serialVersionUID = 1L;

        InvalidSignature(String message) {
            super(message);
        }
    }

    /** The token's {@code exp} has passed. */
    public static final class Expired extends BbbJwtException {

        private static final long serialVersionUID = 1L;

        Expired(String message) {
            super(message);
        }
    }
}

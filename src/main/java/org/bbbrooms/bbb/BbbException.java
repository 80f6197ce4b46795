package org.bbbrooms.bbb;

/**
 * Base of every error the BigBlueButton client raises, so that callers can catch one type and still tell
 * a refused call ({@link BbbFailedException}) from a server that is down ({@link BbbUnreachableException})
 * or that answers garbage ({@link BbbProtocolException}).
 * <p>
 * Messages never hold the shared secret, a checksum or a meeting password.
 * <pre>{@code try { client.getMeetings(); } catch (BbbException e) { log.warning(e.getMessage()); }}</pre>
 */
public class BbbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BbbException(String message) {
        super(message);
    }

    public BbbException(String message, Throwable cause) {
        super(message, cause);
    }
}

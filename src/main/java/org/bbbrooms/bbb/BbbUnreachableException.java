package org.bbbrooms.bbb;

/**
 * The BigBlueButton server could not be reached: connection refused, unknown host, TLS failure, or no
 * answer in time ({@link #isTimeout()}). The call may be retried later; the server never saw a refusal.
 * <pre>{@code catch (BbbUnreachableException e) { status = e.isTimeout() ? SLOW : DOWN; }}</pre>
 */
public final class BbbUnreachableException extends BbbException {

    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    public BbbUnreachableException(String message, boolean timeout, Throwable cause) {
        super(message, cause);
        this.timeout = timeout;
    }

    /** Whether the server did not answer within the connect or request timeout. */
    public boolean isTimeout() {
        return timeout;
    }
}

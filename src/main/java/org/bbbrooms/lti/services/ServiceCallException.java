package org.bbbrooms.lti.services;

/**
 * A call to an LMS's service that did not succeed: {@link #refused()} when the LMS answered 4xx (trying again would
 * not help), else the LMS was unreachable or failing (5xx, timeout, connection) after the bounded retries. The
 * message says what happened in words fit for a log line and a teacher's page; it never holds a token.
 */
public class ServiceCallException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ServiceCallException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the LMS answered, 0 when none came. */
    public int status() {
        return status;
    }

    public boolean refused() {
        return status >= 400 && status < 500;
    }
}

package org.bbbrooms.bbb;

/**
 * Something answered, but not with BigBlueButton XML: an HTML error page, a proxy's 502, an empty body,
 * malformed XML, XML with a DOCTYPE (refused), or a BBB response missing what the call needs. The message
 * says what came back (e.g. "HTTP 502 with an HTML page"), never the whole body.
 * <pre>{@code catch (BbbProtocolException e) { admin.warn("Is the URL right? " + e.getMessage()); }}</pre>
 */
public final class BbbProtocolException extends BbbException {

    private static final long serialVersionUID = 1L;

    public BbbProtocolException(String message) {
        super(message);
    }

    public BbbProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.bbbrooms.recording;

/**
 * The answer to BBB's recording-ready callback, which the REST resource maps to a status: {@link #ACCEPTED} 200,
 * {@link #REPLAYED} 409, {@link #UNKNOWN} token 404, {@link #MALFORMED} request 400, {@link #REFUSED} signature
 * (forged, expired, another secret, another meeting) 401, and {@link #UNAVAILABLE} 503 when BBB cannot be asked
 * again, so that BBB may retry. Only ACCEPTED changes anything.
 */
public enum ReadyOutcome {
    ACCEPTED, REPLAYED, UNKNOWN, MALFORMED, REFUSED, UNAVAILABLE
}

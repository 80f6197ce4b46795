package org.bbbrooms.sandbox;

/**
 * The ways a sandbox API call can be made to fail on purpose, to test that a client tells failures apart.
 *
 * <p>Armed with {@link SandboxServer#injectFault} or {@code POST /sandbox/stats/faults}, for the next N calls of one
 * API name:
 * <pre>{@code
 * server.injectFault("getMeetings", FaultMode.HANG, 1, Duration.ofSeconds(30));
 * }</pre>
 */
public enum FaultMode {
    /** HTTP 502 with a proxy's HTML error page. */
    BAD_GATEWAY,
    /** HTTP 200 with an HTML page instead of BBB XML. */
    HTML,
    /** HTTP 200 with an empty body. */
    EMPTY,
    /** The answer is held back for the given time, then given normally. */
    HANG
}

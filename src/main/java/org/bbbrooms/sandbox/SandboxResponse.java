package org.bbbrooms.sandbox;

import java.util.HashMap;
import java.util.Map;

/**
 * One HTTP answer of the sandbox, independent of the container that writes it.
 *
 * <p>Why: the emulator is tested without a server; {@link SandboxServlet} and the tests' JDK HTTP server adapter
 * copy it onto their own response objects.
 * <pre>{@code
 * SandboxResponse r = server.api("getMeetings", query, "", null, base);
 * r.status(); r.contentType(); r.body(); r.headers().get("Location");
 * }</pre>
 *
 * @param status the HTTP status
 * @param contentType the content type with its charset, or empty for none
 * @param body the body text (UTF-8 on the wire)
 * @param headers extra headers, such as {@code Location}
 */
public record SandboxResponse(int status, String contentType, String body, Map<String, String> headers) {

    private static final String NO_CACHE = "no-cache";

    public SandboxResponse {
        headers = Map.copyOf(headers);
    }

    static SandboxResponse xml(String body) {
        return new SandboxResponse(200, "text/xml;charset=UTF-8", body, Map.of("Cache-Control", NO_CACHE));
    }

    static SandboxResponse json(String body) {
        return new SandboxResponse(200, "application/json;charset=UTF-8", body, Map.of("Cache-Control", NO_CACHE));
    }

    static SandboxResponse html(int status, String body) {
        return new SandboxResponse(status, "text/html;charset=UTF-8", body, Map.of("Cache-Control", NO_CACHE,
                "Referrer-Policy", "no-referrer", "X-Content-Type-Options", "nosniff"));
    }

    /** The same answer with one more header (or another value of one it has). */
    SandboxResponse with(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new SandboxResponse(status, contentType, body, more);
    }

    static SandboxResponse text(int status, String body) {
        return new SandboxResponse(status, "text/plain;charset=UTF-8", body, Map.of());
    }

    static SandboxResponse redirect(int status, String location) {
        return new SandboxResponse(status, "", "", Map.of("Location", location, "Cache-Control", NO_CACHE));
    }
}

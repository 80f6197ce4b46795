package org.bbbrooms.sandbox;

import java.util.Optional;

/**
 * One HTTP request to a sandbox URL, as received, independent of the container.
 *
 * <p>Why: {@link SandboxRouter} serves the same requests from the servlet and from a plain JDK HTTP server in tests.
 * The query string is kept exactly as it came, since checksums are computed over its bytes.
 * <pre>{@code
 * new SandboxRequest("GET", "/bigbluebutton/api/getMeetings", "checksum=…", "", Optional.empty(),
 *         Optional.of("fr-FR,fr;q=0.9"), "http://localhost:8181/app");
 * }</pre>
 *
 * @param method the HTTP method
 * @param path the path below {@code /sandbox}, starting with {@code /} (or empty)
 * @param rawQuery the raw query string, without {@code ?}, or empty
 * @param body the request body decoded as UTF-8, or empty
 * @param contentType the request's content type, if any
 * @param acceptLanguage the request's Accept-Language header, if any
 * @param contextUrl the absolute URL of the application root, without a trailing slash
 */
public record SandboxRequest(String method, String path, String rawQuery, String body, Optional<String> contentType,
        Optional<String> acceptLanguage, String contextUrl) {

    /** The absolute URL of the sandbox root, {@code contextUrl + "/sandbox"}. */
    String sandboxUrl() {
        return contextUrl + "/sandbox";
    }
}

package org.bbbrooms.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.bbbrooms.sandbox.SandboxControl;

/**
 * Requests to the sandbox's control endpoints ({@code /sandbox/stats}, {@code /sandbox/stats/faults}), which answer
 * only with the suite's control token ({@code BBB_SANDBOX_CONTROL_TOKEN}, set by the pom for the server and the
 * tests alike) or an admin's session.
 * <p>Use: {@code http.send(SandboxControls.request(URI.create(base + "sandbox/stats")).build(), ofString())}
 */
public final class SandboxControls {

    private static final String TOKEN = System.getenv("BBB_SANDBOX_CONTROL_TOKEN");

    private SandboxControls() {
    }

    public static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header(SandboxControl.HEADER, TOKEN);
    }
}

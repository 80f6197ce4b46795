package org.bbbrooms.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.bbbrooms.sandbox.SandboxConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the application reaches its own sandbox: {@code BBB_SANDBOX_URL} when set, else
 * {@code http://127.0.0.1:<local port><context path>/sandbox/bigbluebutton}, learnt from the first request the
 * server answers (the local port, unlike the Host header, cannot be forged by a client).
 */
@ApplicationScoped
public class SandboxAddress {

    @Inject
    @ConfigProperty(name = "BBB_SANDBOX_URL")
    Optional<String> configured;

    private volatile String learnt;

    public Optional<String> url() {
        return configured.filter(u -> !u.isBlank()).or(() -> Optional.ofNullable(learnt));
    }

    void observe(HttpServletRequest request) {
        if (learnt == null) {
            learnt = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + SandboxConfig.BASE_PATH;
        }
    }

    boolean known() {
        return learnt != null;
    }
}

package org.bbbrooms.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the sandbox's control endpoints ({@code /sandbox/stats} and {@code /sandbox/stats/faults}, which count calls
 * and break BBB on purpose) away from the public: they answer a signed-in admin, or a request carrying
 * {@code BBB_SANDBOX_CONTROL_TOKEN} in the {@value #HEADER} header (for scripts, benchmarks and tests). The emulated
 * BBB API and conference pages stay open, as a real BBB's are. With the sandbox off, everything is 404 anyway.
 * <p>Use: {@code if (SandboxControl.isControl(path) && !control.allows(request)) refuse();}
 */
@ApplicationScoped
public class SandboxControl {

    public static final String HEADER = "X-Sandbox-Token";
    /** The container role of admins (identity's {@code Roles.ADMIN}), named here: the sandbox imports nothing of ours. */
    private static final String ADMIN = "ADMIN";

    @Inject
    @ConfigProperty(name = "BBB_SANDBOX_CONTROL_TOKEN")
    Optional<String> token;

    /** Whether a path below {@code /sandbox} is a control endpoint. */
    public static boolean isControl(String path) {
        return path.equals("/stats") || path.startsWith("/stats/");
    }

    public boolean allows(HttpServletRequest request) {
        return request.isUserInRole(ADMIN) || carriesToken(request.getHeader(HEADER));
    }

    private boolean carriesToken(String sent) {
        return sent != null && token.filter(expected -> !expected.isBlank())
                .map(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        sent.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    @Override
    public String toString() {
        return "SandboxControl[token=" + (token.isPresent() ? "***" : "none") + "]";
    }
}

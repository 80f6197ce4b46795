package org.bbbrooms.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Neither ready nor started until the portal has finished starting (schema migrated, start-up beans run, Faces
 * built): the server asks the checks while it still deploys the WAR, and the node must not get users before it can
 * serve them. Load balancers and Kubernetes' startup probe see a plain 503 meanwhile. {@link HealthServlet} opens it
 * when the web module starts its servlets.
 * <p>Seen as {@code {"name":"started","status":"DOWN"}} in {@code /health/ready} and {@code /health/started}.
 */
@Readiness
@Startup
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    private volatile boolean started;

    /** The portal has started: from now on this check is up. */
    public void started() {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse("started", started ? HealthCheckResponse.Status.UP
                : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}

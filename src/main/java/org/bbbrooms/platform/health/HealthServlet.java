package org.bbbrooms.platform.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The application's health checks under its own context root, in MicroProfile Health's format: {@code /health},
 * {@code /health/live}, {@code /health/ready} and {@code /health/started}, 200 when all are up, 503 otherwise.
 * Payara serves the same checks at the server's root; but when the portal is deployed at {@code /}, its security
 * constraint covers that path too, so a load balancer would see a login redirect. Here they answer without a
 * session (none is created) under any context root; web.xml leaves {@code /health/*} public. Loaded on start-up,
 * it tells {@link StartupReadiness} when the portal has started.
 */
@WebServlet(urlPatterns = "/health/*", loadOnStartup = 1)
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, List<Annotation>> GROUPS = Map.of(
            "/live", List.of(Liveness.Literal.INSTANCE),
            "/ready", List.of(Readiness.Literal.INSTANCE),
            "/started", List.of(Startup.Literal.INSTANCE),
            "/", List.of(Liveness.Literal.INSTANCE, Readiness.Literal.INSTANCE, Startup.Literal.INSTANCE));

    @Inject
    @Any
    transient Instance<HealthCheck> checks;

    @Inject
    @Readiness
    transient StartupReadiness startup;

    /**
     * Run when the web module starts its servlets (it is loaded on start-up): after every listener, Faces' among
     * them, and after the EJB container ran the start-up beans. The portal has started.
     */
    @Override
    public void init() {
        startup.started();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        List<Annotation> groups = GROUPS.get(path);
        if (groups == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<HealthCheckResponse> results = groups.stream()
                .flatMap(group -> checks.select(group).stream()).distinct().map(HealthServlet::call).toList();
        boolean up = results.stream().allMatch(r -> r.getStatus() == HealthCheckResponse.Status.UP);
        JsonArrayBuilder array = Json.createArrayBuilder();
        results.forEach(r -> array.add(json(r)));
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", array)
                .build().toString());
    }

    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
        }
    }

    private static JsonObjectBuilder json(HealthCheckResponse result) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", result.getName())
                .add("status", result.getStatus().name());
        result.getData().filter(d -> !d.isEmpty()).ifPresent(data -> {
            JsonObjectBuilder values = Json.createObjectBuilder();
            data.forEach((key, value) -> {
                if (value instanceof Number n) {
                    values.add(key, n.longValue());
                } else if (value instanceof Boolean b) {
                    values.add(key, b);
                } else {
                    values.add(key, String.valueOf(value));
                }
            });
            json.add("data", values);
        });
        return json;
    }
}

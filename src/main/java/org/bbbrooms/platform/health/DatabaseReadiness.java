package org.bbbrooms.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the database answers: a load balancer should not send users to an instance that cannot sign them
 * in. Served by the server at {@code /health/ready}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @PersistenceContext
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        try {
            Number users = (Number) em.createNativeQuery("SELECT COUNT(*) FROM app_user")
                    .setHint("jakarta.persistence.query.timeout", 2000).getSingleResult();
            return HealthCheckResponse.named("database").up().withData("users", users.longValue()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}

package org.bbbrooms.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the database answers: a load balancer should not send users to an instance that cannot sign them
 * in. The answer holds no business figures (it is public). Served by the server at {@code /health/ready}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @PersistenceContext
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        try {
            em.createNativeQuery("SELECT 1").setHint("jakarta.persistence.query.timeout", 2000).getSingleResult();
            return HealthCheckResponse.named("database").up().build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}

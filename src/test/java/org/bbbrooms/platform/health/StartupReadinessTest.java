package org.bbbrooms.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class StartupReadinessTest {

    @Test
    void theNodeIsNotReadyUntilTheWebModuleStartsItsServlets() {
        StartupReadiness readiness = new StartupReadiness();
        HealthServlet servlet = new HealthServlet();
        servlet.startup = readiness;
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus(), "while the WAR deploys");

        servlet.init();

        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
        assertEquals("started", readiness.call().getName());
    }
}

package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health checks under the portal's own context root, as a load balancer probes them: up, in MicroProfile
 * Health's format, without a session. ({@code DatabaseDeploymentIT} probes them with the portal at the root.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Test
    void liveReadyAndAllAnswerUpWithoutASession() throws Exception {
        for (String path : new String[] {"health/live", "health/ready", "health/started", "health"}) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertTrue(response.body().startsWith("{\"status\":\"UP\",\"checks\":["), response.body());
            assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), path + " made a session");
        }
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(ready.body().contains("{\"name\":\"database\",\"status\":\"UP\"}")
                && ready.body().contains("\"name\":\"bbb\",\"status\":\"UP\"")
                && ready.body().contains("{\"name\":\"started\",\"status\":\"UP\"}"),
                "the database, BBB and the portal's start: " + ready.body());
    }

    @Test
    void anUnknownGroupIsNotFound() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health/other")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
    }
}

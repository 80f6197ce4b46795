package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.bbbrooms.testing.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * The WAR as a deployer installs it on Payara Server 6 (full profile): {@code asadmin start-domain}, {@code asadmin
 * deploy --contextroot /}, on the server's default datasource, with no demo data and no sandbox, only the first
 * administrator from {@code BBB_ADMIN_USERNAME}. Run by {@code mvn -Pdeploy-test verify} (pom.xml), never by the
 * normal suite; the profile starts and stops the domain around it.
 */
class ServerDeploymentIT {

    private static final String BASE = System.getProperty("bbb.serverBase");
    private static final String LOG = System.getProperty("bbb.serverLog", "the domain's logs/server.log");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The response to a GET that must be 200; otherwise the failure says where the deployment's errors are. */
    private static HttpResponse<String> ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IllegalStateException("Payara Server does not answer at " + BASE + ": see " + LOG, e);
        }
        assertEquals(200, response.statusCode(), "GET /" + path + " (a failed deploy is in " + LOG + ")");
        return response;
    }

    @Test
    void healthAnswersAtTheRootWithoutASession() throws Exception {
        for (String probe : new String[] {"health/ready", "health/live"}) {
            HttpResponse<String> response = ok(probe);
            assertTrue(response.body().contains("\"status\":\"UP\""), probe + ": " + response.body());
            assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session for " + probe);
        }
    }

    @Test
    void theFirstAdministratorFromTheEnvironmentSignsInAndManagesUsers() throws Exception {
        assertTrue(ok("login.xhtml").body().contains("id=\"login:username\""), "the login form");
        String username = System.getenv("BBB_ADMIN_USERNAME");
        HttpClient admin = SignedIn.as(new URL(BASE), username, System.getenv("BBB_ADMIN_PASSWORD"));
        HttpResponse<String> users = admin.send(HttpRequest.newBuilder(URI.create(BASE + "admin/users.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains(username), "the administrators' user list shows " + username);
    }
}

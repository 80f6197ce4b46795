package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Deployments;
import org.bbbrooms.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The deployer's path: Payara Micro started with server-config/postgresql.asadmin or mariadb.asadmin, the JDBC
 * driver added with --addlibs and BBB_DATASOURCE pointing at the pool, into an empty database. Failsafe runs this
 * class once per database (executions "postgresql" and "mariadb" in pom.xml), with the environment set there.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseDeploymentIT {

    private static final TestDatabase DATABASE = TestDatabase.valueOf(System.getProperty("bbb.database", "POSTGRESQL"));
    private static final String NAME = System.getenv().getOrDefault("BBB_DB_NAME", "bbb_rooms_it");
    private static final String USER = System.getenv().getOrDefault("BBB_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("BBB_DB_PASSWORD", "");

    @ArquillianResource
    URL base;

    /** Empties the database (and creates its user on MariaDB) before the server starts on it. */
    @Deployment(testable = false)
    static WebArchive war() throws SQLException {
        try (Connection admin = DATABASE.adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + NAME);
            if (DATABASE == TestDatabase.MARIADB) {
                sql.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                    sql.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                    sql.execute("GRANT ALL ON " + NAME + ".* TO '" + USER + "'@'" + host + "'");
                }
            } else {
                sql.execute("CREATE DATABASE " + NAME);
            }
        }
        return Deployments.portalAtRoot();
    }

    @Test
    void thePortalRunsOnTheDeployersDatabase() throws SQLException {
        try (Browser browser = new Browser(base)) {
            browser.signIn("admin", "admin", "admin/users.xhtml");
            browser.waitForText(By.id("users:table"), "student4");
        }
        try (Connection c = DATABASE.connect(NAME, USER, PASSWORD); Statement sql = c.createStatement()) {
            ResultSet migrations = sql.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = "
                    + (DATABASE == TestDatabase.MARIADB ? "1" : "TRUE"));
            migrations.next();
            assertTrue(migrations.getInt(1) >= 1, "Flyway migrated this database");
            ResultSet admin = sql.executeQuery("SELECT platform_role FROM app_user WHERE username = 'admin'");
            assertTrue(admin.next(), "the demo data went into this database");
            assertEquals("ADMIN", admin.getString(1));
        }
    }

    /** Deployed at the root context, where the portal's security constraint covers {@code /health} too. */
    @Test
    void readinessAtTheRootContextReportsTheDatabaseWithoutASession() throws Exception {
        assertEquals("/", base.getPath());
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
        assertFalse(response.body().contains("users"), "readiness tells nothing about the data: " + response.body());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session for a health probe");
    }

    /** At the root, Payara's {@code /metrics} is in the portal's context: only the scraper's token opens it. */
    @Test
    void metricsAtTheRootContextAnswerTheScrapersTokenOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI metrics = URI.create(base + "metrics");
        for (String authorization : new String[] {null, "Bearer not-the-token"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(metrics);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> refused = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode(), refused.body());
            assertEquals("Bearer realm=\"metrics\"", refused.headers().firstValue("WWW-Authenticate").orElse(""));
            assertFalse(refused.body().contains("bbb_rooms"), refused.body());
        }
        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(metrics)
                .header("Authorization", "Bearer " + System.getenv("BBB_METRICS_TOKEN")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, scrape.statusCode(), scrape.body());
        assertTrue(scrape.body().contains("bbb_rooms_logins_total{"), scrape.body());
        assertTrue(scrape.body().contains("jvm_uptime_seconds"), "Payara's own metrics come along: " + scrape.body());
        assertTrue(scrape.headers().firstValue("Set-Cookie").isEmpty(), "no session for a scrape");
    }
}

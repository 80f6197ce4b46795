package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.PayaraMicro;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The deployer's path (README, "Payara Micro with PostgreSQL or MariaDB"): the built WAR at the root context of
 * {@code java -jar payara-micro.jar}, with the JDBC driver added by --addlibs, server-config/postgresql.asadmin or
 * mariadb.asadmin as its post-boot command file and BBB_DATASOURCE pointing at the pool, into an empty database.
 * Both servers boot side by side, each on its own database, and every test runs on each.
 */
class DatabaseDeploymentIT {

    private static final String NAME = "bbb_rooms_it";
    private static final String PASSWORD = "bbb_rooms_it";
    private static final String USER_MARIADB = "bbb_rooms_it";
    /** Two servers booting side by side on two busy cores. */
    private static final Duration BOOT = Duration.ofMinutes(4);
    private static final Map<TestDatabase, PayaraMicro> SERVERS = new EnumMap<>(TestDatabase.class);
    /** What {@code /health/ready} answered each server while it started, before its 200. */
    private static final Map<TestDatabase, Set<Integer>> STARTING = new EnumMap<>(TestDatabase.class);

    @BeforeAll
    static void deployOnEachDatabase() throws IOException, SQLException {
        Path work = Path.of("target", "deployments", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Files.createDirectories(work);
        File war = new File(System.getProperty("bbb.war", "target/bbb-rooms.war"));
        for (TestDatabase database : List.of(TestDatabase.POSTGRESQL, TestDatabase.MARIADB)) {
            empty(database);
            String driver = database.name().toLowerCase(Locale.ROOT);
            SERVERS.put(database, PayaraMicro.launch(work, driver, PayaraMicro.freePort(), war,
                    List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                    List.of("--nocluster", "--addlibs", System.getProperty("bbb.drivers", "target/drivers") + "/"
                            + driver + ".jar", "--postbootcommandfile",
                            Path.of("server-config", driver + ".asadmin").toAbsolutePath().toString()),
                    Map.of("BBB_DATASOURCE", "jdbc/bbb-rooms", "BBB_DB_HOST", database.host(),
                            "BBB_DB_PORT", String.valueOf(database.port()), "BBB_DB_NAME", NAME,
                            "BBB_DB_USER", user(database), "BBB_DB_PASSWORD", PASSWORD)));
        }
        Map<TestDatabase, CompletableFuture<Set<Integer>>> boots = new EnumMap<>(TestDatabase.class);
        SERVERS.forEach((database, server) ->
                boots.put(database, CompletableFuture.supplyAsync(() -> server.awaitReady(BOOT))));
        boots.forEach((database, boot) -> STARTING.put(database, boot.join()));
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(PayaraMicro::kill);
    }

    /** Empties the database, and on MariaDB creates the portal's own user, before the server starts on it. */
    private static void empty(TestDatabase database) throws SQLException {
        try (Connection admin = database.adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + NAME);
            if (database == TestDatabase.MARIADB) {
                sql.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                    sql.execute("CREATE USER IF NOT EXISTS '" + USER_MARIADB + "'@'" + host + "' IDENTIFIED BY '"
                            + PASSWORD + "'");
                    sql.execute("GRANT ALL ON " + NAME + ".* TO '" + USER_MARIADB + "'@'" + host + "'");
                }
            } else {
                sql.execute("CREATE DATABASE " + NAME);
            }
        }
    }

    private static String user(TestDatabase database) {
        return database == TestDatabase.MARIADB ? USER_MARIADB : "postgres";
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void thePortalRunsOnTheDeployersDatabase(TestDatabase database) throws Exception {
        try (Browser browser = new Browser(SERVERS.get(database).base().toURL())) {
            browser.signIn("admin", "admin", "admin/users.xhtml");
            browser.waitForText(By.id("users:table"), "student4");
        }
        try (Connection c = database.connect(NAME, user(database), PASSWORD); Statement sql = c.createStatement()) {
            ResultSet migrations = sql.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = "
                    + (database == TestDatabase.MARIADB ? "1" : "TRUE"));
            migrations.next();
            assertTrue(migrations.getInt(1) >= 1, "Flyway migrated this database");
            ResultSet admin = sql.executeQuery("SELECT platform_role FROM app_user WHERE username = 'admin'");
            assertTrue(admin.next(), "the demo data went into this database");
            assertEquals("ADMIN", admin.getString(1));
        }
    }

    /** Deployed at the root context, where the portal's security constraint covers {@code /health} too. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void readinessAtTheRootContextReportsTheDatabaseWithoutASession(TestDatabase database) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SERVERS.get(database).url("health/ready"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
        assertFalse(response.body().contains("users"), "readiness tells nothing about the data: " + response.body());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session for a health probe");
    }

    /**
     * While the WAR deploys, readiness answers a plain 503: the portal's "started" check is down until the web module
     * starts. Until then Payara asks the checks half-deployed, and one that threw logged its stack trace each time.
     * (At the root context, the web container itself then answers 500 for a second or two while it starts the
     * module, before any check can.)
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void whileThePortalStartsReadinessAnswersDownWithoutAnError(TestDatabase database) {
        assertTrue(STARTING.get(database).contains(503), "seen while starting: " + STARTING.get(database));
        assertFalse(SERVERS.get(database).logText().contains("Exception executing HealthCheck"),
                "a health check threw while the portal started; see " + SERVERS.get(database).log());
    }

    /** At the root, Payara's {@code /metrics} is in the portal's context: only the scraper's token opens it. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void metricsAtTheRootContextAnswerTheScrapersTokenOnly(TestDatabase database) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI metrics = URI.create(SERVERS.get(database).url("metrics"));
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

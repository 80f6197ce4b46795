package org.bbbrooms.testing.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bbbrooms.settings.SuiteSettings;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Deployments;
import org.bbbrooms.testing.PayaraMicro;
import org.bbbrooms.testing.SandboxControls;
import org.bbbrooms.testing.SlideFiles;
import org.bbbrooms.testing.TestDatabase;
import org.bbbrooms.testing.server.SuiteClock;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Two portal nodes of one Payara Micro cluster on loopback, sharing a fresh PostgreSQL database, and a third Payara
 * Micro (outside the cluster) that serves only as their one BBB: the sandbox of a single JVM, which both nodes call
 * as they would call a real BBB server. Every node runs the WAR users deploy plus the suite's test support
 * (org.bbbrooms.testing.server: data fixtures, and a clock that tests move on each node).
 * <p>The Hazelcast ports are fixed (6950, 6951), so one cluster runs at a time on a machine: the profile
 * {@code -Pcluster-test} runs the *ClusterIT classes one after the other, each with its cluster.
 * <p>Use: {@code try (PortalCluster cluster = PortalCluster.start()) { cluster.node(0).base() ... }}
 */
public final class PortalCluster implements AutoCloseable {

    /** How long three servers may take to boot side by side on two busy cores. */
    private static final Duration BOOT = Duration.ofMinutes(8);
    private static final String SANDBOX_SECRET = "cluster-sandbox-4e81c7a2";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Path work;
    private final String database;
    private final List<PayaraMicro> nodes = new ArrayList<>();
    private PayaraMicro sandbox;

    private PortalCluster(Path work, String database) {
        this.work = work;
        this.database = database;
    }

    /** Boots the sandbox and two portal nodes on a fresh database, and waits until all three are ready. */
    public static PortalCluster start() {
        return start(Map.of());
    }

    /** The same, with more settings for the portal nodes (environment variables, as in the README). */
    public static PortalCluster start(Map<String, String> settings) {
        Path work = Path.of("target", "cluster", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        String database = "bbb_cluster_" + work.getFileName();
        PortalCluster cluster = new PortalCluster(work, database);
        try {
            Files.createDirectories(work);
            File war = cluster.war();
            cluster.createDatabase();
            cluster.sandbox = cluster.launch("sandbox", PayaraMicro.freePort(), war, sandboxOptions(),
                    Map.of("BBB_SANDBOX_ENABLED", "true", "BBB_SANDBOX_SECRET", SANDBOX_SECRET));
            String clusterName = "bbb-" + work.getFileName();
            int[] ports = {PayaraMicro.freePort(), PayaraMicro.freePort()};
            for (int i = 0; i < ports.length; i++) {
                Map<String, String> env = new HashMap<>(Map.of("BBB_SANDBOX_ENABLED", "false",
                        "BBB_SERVER_URL", cluster.sandbox.url("sandbox/bigbluebutton"),
                        "BBB_SERVER_SECRET", SANDBOX_SECRET, "BBB_DATASOURCE", "jdbc/bbb-rooms",
                        "BBB_DB_HOST", "127.0.0.1", "BBB_DB_PORT", "5432", "BBB_DB_NAME", database,
                        "BBB_DB_USER", "postgres", "BBB_DB_PASSWORD", "cluster",
                        // start-up seeding is not coordinated between nodes: two nodes booting at once on an empty
                        // database would both insert the demo accounts (README, "Running a cluster")
                        "BBB_DEMO_DATA", "false"));
                // BBB is a third JVM on the same busy cores, cold at first: its answers may take seconds, where the
                // defaults (1 s for a room's state) would show the widgets "BBB does not answer"
                env.putAll(Map.of("BBB_STATUS_TIMEOUT_MS", "10000", "BBB_STATUS_WAIT_MS", "10000",
                        "BBB_REQUEST_TIMEOUT_MS", "20000"));
                // the load balancer's address in production; here node B's, so that BBB's callbacks reach the node
                // that survives when a test kills A
                env.put("BBB_PUBLIC_URL", "http://127.0.0.1:" + ports[1]);
                env.putAll(settings);
                String name = i == 0 ? "node-a" : "node-b";
                cluster.nodes.add(cluster.launch(name, ports[i], war, nodeOptions(clusterName, name), env));
            }
            for (PayaraMicro node : cluster.all()) {
                node.awaitReady(BOOT);
            }
            return cluster;
        } catch (RuntimeException | IOException e) {
            cluster.close();
            throw new IllegalStateException("the cluster did not start: " + e.getMessage(), e);
        }
    }

    /** A portal node: 0 is A, 1 is B. */
    public PayaraMicro node(int index) {
        return nodes.get(index);
    }

    public List<PayaraMicro> nodes() {
        return List.copyOf(nodes);
    }

    /** The Payara Micro that stands in for BBB (its sandbox); its control token is the suite's. */
    public PayaraMicro sandbox() {
        return sandbox;
    }

    /** The sandbox's call counts, as JSON ({@code {"calls":{"create":2,…},…}}). */
    public String sandboxStats() {
        return get(SandboxControls.request(URI.create(sandbox.url("sandbox/stats"))));
    }

    /** A call of BBB's API to the sandbox, signed with its secret (SHA-256), as the portal makes them: the XML. */
    public String bbb(String call, String query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((call + query + SANDBOX_SECRET).getBytes(StandardCharsets.UTF_8));
            String checksum = HexFormat.of().formatHex(digest);
            return get(HttpRequest.newBuilder(URI.create(sandbox.url("sandbox/bigbluebutton/api/" + call + "?" + query
                    + (query.isEmpty() ? "" : "&") + "checksum=" + checksum))).timeout(Duration.ofSeconds(30)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the application clock of every live server forward, as the suite's Server.advance does for one. */
    public void advance(Duration by) {
        for (PayaraMicro node : all()) {
            if (node.process().isAlive()) {
                post(node, "api/test-support/clock?advance=" + by);
            }
        }
    }

    private List<PayaraMicro> all() {
        List<PayaraMicro> all = new ArrayList<>(nodes);
        all.add(sandbox);
        return all;
    }

    @Override
    public void close() {
        for (PayaraMicro node : all()) {
            if (node != null) {
                node.kill();
            }
        }
        try (Connection c = TestDatabase.POSTGRESQL.adminConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException e) {
            System.err.println("Could not drop the cluster's database " + database + ": " + e.getMessage());
        }
    }

    /** The WAR plus the test support, as SuiteDeployment builds it but without in-container test classes. */
    private File war() {
        WebArchive war = Deployments.portal().addPackages(true, SuiteClock.class.getPackage())
                .addClasses(SuiteSettings.class, Await.class, SandboxControls.class, SlideFiles.class);
        File file = work.resolve("bbb-rooms.war").toFile();
        war.as(ZipExporter.class).exportTo(file, true);
        return file;
    }

    private void createDatabase() {
        try (Connection c = TestDatabase.POSTGRESQL.adminConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable for the cluster: " + e.getMessage(), e);
        }
    }

    private static List<String> sandboxOptions() {
        return List.of("--nocluster");
    }

    /** The options that make two nodes on loopback find each other (README, "Running a cluster"). */
    private static List<String> nodeOptions(String clusterName, String name) {
        return List.of("--name", name, "--clustername", clusterName,
                "--clustermode", "tcpip:127.0.0.1:6950,127.0.0.1:6951", "--interfaces", "127.0.0.1",
                "--startport", "6950", "--nohostaware",
                "--addlibs", System.getProperty("bbb.drivers", "target/drivers") + "/postgresql.jar",
                "--postbootcommandfile", Path.of("server-config/postgresql.asadmin").toAbsolutePath().toString());
    }

    private PayaraMicro launch(String name, int port, File war, List<String> options, Map<String, String> env)
            throws IOException {
        return PayaraMicro.launch(work, name, port, war,
                List.of("-Xss1m", "-XX:+UseSerialGC", "-Dhazelcast.socket.bind.any=false"), options, env);
    }

    private static String post(PayaraMicro node, String path) {
        return get(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String get(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

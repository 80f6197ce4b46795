package org.bbbrooms.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.bbbrooms.bbb.BbbClient;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.bbb.Secret;
import org.bbbrooms.conference.ConnectionReport.Outcome;
import org.bbbrooms.sandbox.CallbackSender;
import org.bbbrooms.sandbox.SandboxHttpServer;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.sandbox.SandboxRouter;
import org.bbbrooms.sandbox.SandboxServer;
import org.bbbrooms.sandbox.SandboxSettings;
import org.bbbrooms.testing.MemoryMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Extra page's connection test against the sandbox over HTTP, and against servers that are not BBB at all. */
class ConnectionCheckTest {

    private static final String SECRET = "check-3f9a1c7e-shared-secret";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private SandboxServer sandbox;
    private SandboxHttpServer sandboxHttp;
    private HttpServer other;
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        if (sandboxHttp != null) {
            sandboxHttp.close();
            sandbox.close();
        }
        if (other != null) {
            other.stop(0);
        }
        scheduler.shutdownNow();
    }

    @Test
    void theRightSecretAndAlgorithmGiveOkWithTheServersVersion() throws IOException {
        ConnectionReport report = check(sandbox(EnumSet.allOf(org.bbbrooms.sandbox.ChecksumAlgorithm.class)), SECRET,
                ChecksumAlgorithm.SHA256);
        assertEquals(Outcome.OK, report.outcome());
        assertEquals(Optional.of("3.0.0"), report.version(), "the bbbVersion the server sends");
        assertEquals("extra.test.OK", report.messageKey());
    }

    @Test
    void aWrongSecretIsToldApartFromARefusedAlgorithm() throws IOException {
        ConnectionReport report = check(sandbox(EnumSet.allOf(org.bbbrooms.sandbox.ChecksumAlgorithm.class)),
                "not-the-secret", ChecksumAlgorithm.SHA256);
        assertEquals(Outcome.WRONG_SECRET, report.outcome());
        assertEquals(Optional.of("3.0.0"), report.version(), "the root answered, so the version is known");
        assertFalse(report.detail().contains("not-the-secret"), "the secret never appears in the report");
    }

    @Test
    void aScaleliteWhoseGetMeetingsIsTurnedOffAndSkipsItsChecksumStillShowsAWrongSecret() throws IOException {
        ConnectionReport report = check(otherServer() + "/meetingsoff/bigbluebutton", "not-the-secret", ChecksumAlgorithm.SHA256);

        assertEquals(Outcome.WRONG_SECRET, report.outcome(), "getMeetings would have answered anything");
    }

    /** A BBB configured without SHA-384, and Scalelite, which never takes it whatever it is configured with. */
    @ParameterizedTest
    @EnumSource(SandboxMode.class)
    void aRefusedAlgorithmSaysWhichOnesTheServerAccepts(SandboxMode mode) throws IOException {
        String url = sandbox(mode == SandboxMode.SCALELITE ? EnumSet.allOf(org.bbbrooms.sandbox.ChecksumAlgorithm.class)
                : EnumSet.of(org.bbbrooms.sandbox.ChecksumAlgorithm.SHA1, org.bbbrooms.sandbox.ChecksumAlgorithm.SHA256,
                        org.bbbrooms.sandbox.ChecksumAlgorithm.SHA512), mode);
        ConnectionReport report = check(url, SECRET, ChecksumAlgorithm.SHA384);
        assertEquals(Outcome.WRONG_ALGORITHM, report.outcome());
        assertEquals(List.of(ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256, ChecksumAlgorithm.SHA512),
                report.accepted());
    }

    @Test
    void aWrongSecretStaysAWrongSecretWhenTheServerAcceptsOnlyOneAlgorithm() throws IOException {
        String url = sandbox(EnumSet.of(org.bbbrooms.sandbox.ChecksumAlgorithm.SHA1));
        assertEquals(Outcome.WRONG_SECRET, check(url, "not-the-secret", ChecksumAlgorithm.SHA256).outcome());
        assertEquals(List.of(ChecksumAlgorithm.SHA1), check(url, SECRET, ChecksumAlgorithm.SHA256).accepted());
    }

    @Test
    void anHtmlPageAGarbageAnswerOrA404IsNotABbbServer() throws IOException {
        String base = otherServer();
        for (String path : new String[] {"/html", "/garbage", "/missing"}) {
            ConnectionReport report = check(base + path + "/bigbluebutton", SECRET, ChecksumAlgorithm.SHA256);
            assertEquals(Outcome.NOT_BBB, report.outcome(), path + ": " + report.detail());
            assertEquals(Optional.empty(), report.version());
        }
    }

    @Test
    void aServerThatAnswersTheRootButNotTheSignedCallIsNotABbbServer() throws IOException {
        ConnectionReport report = check(otherServer() + "/rootonly/bigbluebutton", SECRET, ChecksumAlgorithm.SHA256);
        assertEquals(Outcome.NOT_BBB, report.outcome());
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ConnectionReport report = check("http://127.0.0.1:" + port + "/bigbluebutton", SECRET, ChecksumAlgorithm.SHA256);
        assertEquals(Outcome.UNREACHABLE, report.outcome());
        assertFalse(report.timedOut());
        assertEquals("extra.test.UNREACHABLE", report.messageKey());
    }

    @Test
    void aServerThatNeverAnswersHasTimedOut() throws IOException {
        ConnectionReport report = check(otherServer() + "/hang/bigbluebutton", SECRET, ChecksumAlgorithm.SHA256,
                Duration.ofMillis(200));
        assertEquals(Outcome.UNREACHABLE, report.outcome());
        assertTrue(report.timedOut());
        assertEquals("extra.test.TIMED_OUT", report.messageKey());
    }

    @Test
    void runTestsTheGivenServerThroughTheGatewaysClients() throws IOException {
        String url = sandbox(EnumSet.allOf(org.bbbrooms.sandbox.ChecksumAlgorithm.class));
        MemoryMetrics metrics = new MemoryMetrics();
        ConnectionCheck check = new ConnectionCheck();
        check.connection = Connections.of(() -> {
            throw new AssertionError("a test of given values reads no settings");
        }, Duration.ofSeconds(5), Duration.ofSeconds(1), metrics);

        ConnectionReport report = check.run(BbbServerUrl.parse(url), Secret.of(SECRET), ChecksumAlgorithm.SHA1);

        assertEquals(Outcome.OK, report.outcome());
        assertEquals(Optional.of("3.0.0"), report.version());
        assertEquals(1, metrics.count("bbb_rooms_bbb_calls", "call", "isMeetingRunning", "outcome", "success"),
                "the test's calls are counted with the others");
    }

    private static ConnectionReport check(String url, String secret, ChecksumAlgorithm algorithm) {
        return check(url, secret, algorithm, Duration.ofSeconds(1));
    }

    /** The check with clients that give up after {@code timeout}: on a server that never answers, no sooner. */
    private static ConnectionReport check(String url, String secret, ChecksumAlgorithm algorithm, Duration timeout) {
        Function<ChecksumAlgorithm, BbbClient> clients = a -> BbbClient.builder().serverUrl(BbbServerUrl.parse(url))
                .secret(Secret.of(secret)).algorithm(a).connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(timeout).build();
        return ConnectionCheck.check(clients, algorithm);
    }

    private String sandbox(Set<org.bbbrooms.sandbox.ChecksumAlgorithm> accepted) throws IOException {
        return sandbox(accepted, SandboxMode.BBB);
    }

    private String sandbox(Set<org.bbbrooms.sandbox.ChecksumAlgorithm> accepted, SandboxMode mode) throws IOException {
        sandbox = new SandboxServer(new SandboxSettings(SECRET, accepted, Duration.ZERO, Duration.ofMinutes(5),
                Duration.ofMinutes(1), Duration.ofSeconds(10)).behind(mode, ""), java.time.Clock.systemUTC(),
                scheduler, new CallbackSender(Duration.ofSeconds(2)));
        sandboxHttp = SandboxHttpServer.start(new SandboxRouter(sandbox));
        return sandboxHttp.contextUrl() + "/sandbox/bigbluebutton";
    }

    /**
     * A web server that is no BBB: an HTML page, garbage, 404s, a root that answers alone, and one that hangs; and a
     * Scalelite with {@code GET_MEETINGS_API_DISABLED} and another secret ({@code /meetingsoff}).
     */
    private String otherServer() throws IOException {
        other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.setExecutor(Executors.newCachedThreadPool());
        other.createContext("/html", exchange -> answer(exchange, 200, "text/html",
                "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>It works</body></html>"));
        other.createContext("/garbage", exchange -> answer(exchange, 200, "text/plain", "\u0000\u0001 not xml at all"));
        other.createContext("/missing", exchange -> answer(exchange, 404, "text/plain", "Not Found"));
        other.createContext("/rootonly", exchange -> {
            boolean root = exchange.getRequestURI().getPath().endsWith("/api");
            answer(exchange, root ? 200 : 502, root ? "text/xml" : "text/html", root
                    ? "<response><returncode>SUCCESS</returncode><version>2.0</version></response>"
                    : "<html><head><title>502 Bad Gateway</title></head></html>");
        });
        other.createContext("/meetingsoff", exchange -> {
            String path = exchange.getRequestURI().getPath();
            answer(exchange, 200, "text/xml", path.endsWith("/api") || path.endsWith("/getMeetings")
                    ? "<response><returncode>SUCCESS</returncode><version>2.0</version><meetings/></response>"
                    : "<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>"
                            + "<message>You did not pass the checksum security check</message></response>");
        });
        other.createContext("/hang", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        other.start();
        return "http://127.0.0.1:" + other.getAddress().getPort();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}

package org.bbbrooms.conference;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.BbbClient;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.CallEvent;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.bbb.Secret;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.sandbox.SandboxConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway to BigBlueButton, the EJB that the features call it through: it turns the settings into a client for
 * the configured server, or the sandbox when it is on and no server is configured. Clients are rebuilt only when the URL, secret or algorithm change, and share one
 * HTTP client. Two flavours: {@link #client()} for actions (start, end, recordings), and {@link #statusClient()}
 * with a short timeout for what pages display, so that a slow server never holds a page for long.
 * <p>Use: {@code connection.client().create(request)}; it throws a BusinessException when conferences are off or
 * no server is configured. A singleton that any thread may call at once (its state is one volatile cache), outside
 * the caller's transaction, since what it hands out waits on the network; {@link BbbFailures} says the failures.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BbbConnection {

    private static final Logger LOG = Logger.getLogger(BbbConnection.class.getName());

    @Inject
    ConnectionSettings settings;

    @Inject
    SandboxConfig sandbox;

    @Inject
    SandboxAddress sandboxAddress;

    @Inject
    BbbCallMetrics metrics;

    @Inject
    @ConfigProperty(name = "BBB_CONNECT_TIMEOUT_MS", defaultValue = "2000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "BBB_REQUEST_TIMEOUT_MS", defaultValue = "5000")
    long requestTimeoutMillis;

    @Inject
    @ConfigProperty(name = "BBB_STATUS_TIMEOUT_MS", defaultValue = "1000")
    long statusTimeoutMillis;

    private HttpClient http;
    /** For a load balancer's join, whose redirect is read, not followed (see BbbClient#resolveJoin). */
    private HttpClient noRedirects;
    private volatile Clients clients;

    /** Where calls go: the server, its secret and algorithm, and whether it is the sandbox. */
    public record Target(BbbServerUrl url, Secret secret, ChecksumAlgorithm algorithm, boolean sandbox) {
    }

    private record Clients(String fingerprint, BbbClient actions, BbbClient status) {
    }

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        noRedirects = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The effective target, if conferences can be reached at all. */
    public Optional<Target> target() {
        ServerSettings current = settings.server();
        return serverUrl().map(url -> current.configured()
                ? new Target(url, Secret.of(current.secret().orElseThrow()), current.algorithm(), false)
                : new Target(url, Secret.of(sandbox.secret()), current.algorithm(), true));
    }

    /** Where calls, and the browsers that join, go: the configured server, else the sandbox when on; no secret read. */
    public Optional<BbbServerUrl> serverUrl() {
        ServerSettings current = settings.server();
        if (current.configured()) {
            return Optional.of(BbbServerUrl.parse(current.url()));
        }
        return sandbox.enabled() ? sandboxAddress.url().map(BbbServerUrl::parse) : Optional.empty();
    }

    /** True when calls go to the in-WAR sandbox rather than a real server (admins see a banner). */
    public boolean onSandbox() {
        return !settings.server().configured() && sandbox.enabled();
    }

    public BbbClient client() {
        return clients().actions();
    }

    public BbbClient statusClient() {
        return clients().status();
    }

    /** A client for values not saved yet, for the Extra page's connection test. */
    public BbbClient clientFor(BbbServerUrl url, Secret secret, ChecksumAlgorithm algorithm) {
        return build(url, secret, algorithm, requestTimeoutMillis);
    }

    private Clients clients() {
        ServerSettings server = settings.server();
        if (!server.conferencesEnabled()) {
            throw new BusinessException("conference.disabled");
        }
        Target target = target().orElseThrow(() -> new BusinessException("conference.notConfigured"));
        String fingerprint = target.url() + "|" + target.algorithm() + "|"
                + Objects.hash(server.secret().orElse(sandbox.secret()));
        Clients current = clients;
        if (current == null || !current.fingerprint().equals(fingerprint)) {
            current = new Clients(fingerprint,
                    build(target.url(), target.secret(), target.algorithm(), requestTimeoutMillis),
                    build(target.url(), target.secret(), target.algorithm(), statusTimeoutMillis));
            clients = current;
        }
        return current;
    }

    private BbbClient build(BbbServerUrl url, Secret secret, ChecksumAlgorithm algorithm, long timeoutMillis) {
        return BbbClient.builder().serverUrl(url).secret(secret).algorithm(algorithm).httpClient(http)
                .noRedirectsHttpClient(noRedirects).requestTimeout(Duration.ofMillis(timeoutMillis))
                .listener(this::heard).build();
    }

    private void heard(CallEvent event) {
        LOG.log(Level.FINE, "BBB {0}: {1} in {2} ms", new Object[] {event.call(), event.outcome(),
                event.duration().toMillis()});
        metrics.record(event);
    }
}

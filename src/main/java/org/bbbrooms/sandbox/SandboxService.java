package org.bbbrooms.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Holds the application's one sandbox when {@code BBB_SANDBOX_ENABLED} is true: the {@link SandboxServer} with the
 * application's clock, the container's managed scheduler (for expiry and recording processing) and a callback sender with
 * a 5-second timeout, behind a {@link SandboxRouter}.
 *
 * <pre>{@code
 * @Inject SandboxService sandbox;
 * sandbox.router().map(r -> r.route(request)).orElse(notFound);
 * }</pre>
 */
@ApplicationScoped
public class SandboxService {

    private static final Logger LOG = Logger.getLogger(SandboxService.class.getName());
    private static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(5);

    private SandboxConfig config;
    private Clock clock;
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;
    private SandboxServer server;
    private SandboxRouter router;

    /** For the CDI proxy only. */
    protected SandboxService() {
    }

    @Inject
    public SandboxService(SandboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        if (config.enabled()) {
            server = new SandboxServer(config.settings(), clock, scheduler,
                    new CallbackSender(CALLBACK_TIMEOUT));
            server.start();
            router = new SandboxRouter(server);
            LOG.info(() -> "BigBlueButton sandbox enabled at " + config.basePath() + "/api with "
                    + config.settings());
        }
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The router of every {@code /sandbox} URL, when the sandbox is enabled. */
    public Optional<SandboxRouter> router() {
        return Optional.ofNullable(router);
    }

    /** The sandbox itself, when enabled (for in-process tests and the admin banner's statistics). */
    public Optional<SandboxServer> server() {
        return Optional.ofNullable(server);
    }
}

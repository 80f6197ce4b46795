package org.bbbrooms.conference;

import java.time.Duration;
import java.util.Optional;
import org.bbbrooms.sandbox.SandboxConfig;
import org.bbbrooms.testing.MemoryMetrics;

/**
 * The gateway wired by hand, as the container would, for tests outside the container: a connection that reads its
 * server from the given settings (no sandbox standing in) and counts its calls in the given metrics.
 * <p>Use: {@code BbbConnection c = Connections.of(settings, Duration.ofSeconds(2), Duration.ofSeconds(1), metrics);}
 */
public final class Connections {

    private Connections() {
    }

    public static BbbConnection of(ConnectionSettings settings, Duration requestTimeout, Duration statusTimeout,
            MemoryMetrics metrics) {
        BbbConnection connection = new BbbConnection();
        connection.settings = settings;
        connection.sandbox = new SandboxConfig(false, Optional.empty(), "sha256", 0, 5, 1, 10, "bbb", Optional.empty());
        connection.sandboxAddress = new SandboxAddress();
        connection.sandboxAddress.configured = Optional.empty();
        connection.connectTimeoutMillis = 1000;
        connection.requestTimeoutMillis = requestTimeout.toMillis();
        connection.statusTimeoutMillis = statusTimeout.toMillis();
        connection.metrics = callMetrics(metrics);
        connection.init();
        return connection;
    }

    /** The BBB calls' counters and timers ({@link BbbCallMetrics}) in these metrics. */
    public static BbbCallMetrics callMetrics(MemoryMetrics metrics) {
        BbbCallMetrics calls = new BbbCallMetrics();
        calls.registry = metrics.registry();
        return calls;
    }
}

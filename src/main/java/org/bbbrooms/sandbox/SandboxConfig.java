package org.bbbrooms.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's configuration, read from MicroProfile Config, and what the application needs to point its BBB
 * settings at the sandbox.
 *
 * <p>Settings (environment variables or any MicroProfile Config source):
 * <ul>
 * <li>{@code BBB_SANDBOX_ENABLED} (default {@code false}): when false every sandbox URL answers 404;</li>
 * <li>{@code BBB_SANDBOX_SECRET}: the shared secret; when unset, a random one is generated once at start;</li>
 * <li>{@code BBB_SANDBOX_ALGORITHMS} (default {@code sha1,sha256,sha384,sha512}): accepted checksum digests;</li>
 * <li>{@code BBB_SANDBOX_LATENCY_MS} (default 0): added before every API answer;</li>
 * <li>{@code BBB_SANDBOX_EMPTY_MEETING_MINUTES} (default 5): a meeting nobody joined expires after that;</li>
 * <li>{@code BBB_SANDBOX_LEFT_MEETING_MINUTES} (default 1): a meeting everybody left ends after that;</li>
 * <li>{@code BBB_SANDBOX_RECORDING_SECONDS} (default 10): from {@code processing} to {@code published};</li>
 * <li>{@code BBB_SANDBOX_MODE} (default {@code bbb}): {@code scalelite} makes it behave as Scalelite
 * ({@link SandboxMode});</li>
 * <li>{@code BBB_SANDBOX_SERVER_TAG} (default none): in Scalelite mode, the tag of the server behind it.</li>
 * </ul>
 * <pre>{@code
 * @Inject SandboxConfig sandbox;
 * if (sandbox.enabled()) {
 *     String url = contextUrl + sandbox.basePath();   // https://portal.example/sandbox/bigbluebutton
 *     String secret = sandbox.secret();
 * }
 * }</pre>
 */
@ApplicationScoped
public class SandboxConfig {

    /** Where the sandbox's BBB API lives, relative to the application root; the API is at {@code …/api}. */
    public static final String BASE_PATH = "/sandbox/bigbluebutton";

    private boolean enabled;
    private SandboxSettings settings;

    /** For the CDI proxy only. */
    protected SandboxConfig() {
    }

    /**
     * @throws IllegalArgumentException when a value is invalid, naming the setting and how to fix it
     */
    @Inject
    public SandboxConfig(
            @ConfigProperty(name = "BBB_SANDBOX_ENABLED", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "BBB_SANDBOX_SECRET") Optional<String> secret,
            @ConfigProperty(name = "BBB_SANDBOX_ALGORITHMS", defaultValue = "sha1,sha256,sha384,sha512")
            String algorithms,
            @ConfigProperty(name = "BBB_SANDBOX_LATENCY_MS", defaultValue = "0") long latencyMillis,
            @ConfigProperty(name = "BBB_SANDBOX_EMPTY_MEETING_MINUTES", defaultValue = "5") long emptyMinutes,
            @ConfigProperty(name = "BBB_SANDBOX_LEFT_MEETING_MINUTES", defaultValue = "1") long leftMinutes,
            @ConfigProperty(name = "BBB_SANDBOX_RECORDING_SECONDS", defaultValue = "10") long recordingSeconds,
            @ConfigProperty(name = "BBB_SANDBOX_MODE", defaultValue = "bbb") String mode,
            @ConfigProperty(name = "BBB_SANDBOX_SERVER_TAG") Optional<String> serverTag) {
        this.enabled = enabled;
        try {
            this.settings = new SandboxSettings(secret.filter(s -> !s.isBlank()).orElseGet(SandboxConfig::randomSecret),
                    parseAlgorithms(algorithms), Duration.ofMillis(latencyMillis), Duration.ofMinutes(emptyMinutes),
                    Duration.ofMinutes(leftMinutes), Duration.ofSeconds(recordingSeconds))
                    .behind(SandboxMode.byName(mode), serverTag.map(String::strip).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid BBB_SANDBOX_* setting: " + e.getMessage(), e);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** The shared secret the application must sign sandbox API calls with and verify its callbacks with. */
    public String secret() {
        return settings.secret();
    }

    /** {@value #BASE_PATH}: append it to the application's URL to get the BBB server URL of the sandbox. */
    public String basePath() {
        return BASE_PATH;
    }

    SandboxSettings settings() {
        return settings;
    }

    private static Set<ChecksumAlgorithm> parseAlgorithms(String names) {
        Set<ChecksumAlgorithm> set = Arrays.stream(names.split(",")).filter(n -> !n.isBlank())
                .map(ChecksumAlgorithm::byName)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChecksumAlgorithm.class)));
        if (set.isEmpty()) {
            throw new IllegalArgumentException("BBB_SANDBOX_ALGORITHMS is empty: list at least one of sha1, sha256,"
                    + " sha384, sha512");
        }
        return set;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

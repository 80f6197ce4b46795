package org.bbbrooms.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What the sandbox emulator needs to know, free of any container: the shared secret, the checksum algorithms it
 * accepts, the added latency per API call, the meeting and recording timings, and whether it stands in for one BBB
 * server or for Scalelite ({@link SandboxMode}) with the tag of its one server.
 *
 * <p>Why a record: {@link SandboxServer} is built from it in unit tests and by {@link SandboxService} from
 * {@link SandboxConfig}. Its {@code toString()} never shows the secret.
 * <pre>{@code
 * new SandboxSettings("secret", EnumSet.allOf(ChecksumAlgorithm.class), Duration.ZERO,
 *         Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofSeconds(10)).behind(SandboxMode.SCALELITE, "");
 * }</pre>
 *
 * @param secret the shared secret that signs API calls and callback JWTs
 * @param algorithms the accepted checksum algorithms (not empty)
 * @param latency added before every API answer
 * @param emptyMeetingTimeout how long a meeting that nobody joined lives
 * @param leftMeetingTimeout how long a meeting lives after the last participant left
 * @param recordingDelay how long a recording stays in state {@code processing} before it is published
 * @param mode one BBB server, or Scalelite in front of it
 * @param serverTag in Scalelite mode, the tag of the one server behind it ({@code ""}: untagged)
 */
public record SandboxSettings(String secret, Set<ChecksumAlgorithm> algorithms, Duration latency,
        Duration emptyMeetingTimeout, Duration leftMeetingTimeout, Duration recordingDelay, SandboxMode mode,
        String serverTag) {

    /** Settings of a sandbox that stands in for one BBB server. */
    public SandboxSettings(String secret, Set<ChecksumAlgorithm> algorithms, Duration latency,
            Duration emptyMeetingTimeout, Duration leftMeetingTimeout, Duration recordingDelay) {
        this(secret, algorithms, latency, emptyMeetingTimeout, leftMeetingTimeout, recordingDelay, SandboxMode.BBB, "");
    }

    public SandboxSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(serverTag, "serverTag");
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("The sandbox secret must not be blank");
        }
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("Accept at least one checksum algorithm (sha1, sha256, sha384, sha512)");
        }
        algorithms = Set.copyOf(algorithms);
        if (mode == SandboxMode.SCALELITE && algorithms.equals(Set.of(ChecksumAlgorithm.SHA384))) {
            throw new IllegalArgumentException("Scalelite refuses SHA-384: accept sha1, sha256 or sha512 as well");
        }
        for (Duration d : new Duration[] {latency, emptyMeetingTimeout, leftMeetingTimeout, recordingDelay}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("Sandbox durations must not be negative: " + d);
            }
        }
    }

    /** These settings with another mode and server tag. */
    public SandboxSettings behind(SandboxMode newMode, String newServerTag) {
        return new SandboxSettings(secret, algorithms, latency, emptyMeetingTimeout, leftMeetingTimeout,
                recordingDelay, newMode, newServerTag);
    }

    /** Whether a checksum made with this algorithm is accepted: Scalelite never takes SHA-384. */
    boolean accepts(ChecksumAlgorithm algorithm) {
        return algorithms.contains(algorithm) && !(mode == SandboxMode.SCALELITE && algorithm == ChecksumAlgorithm.SHA384);
    }

    @Override
    public String toString() {
        return "SandboxSettings[secret=***, algorithms=" + algorithms + ", latency=" + latency
                + ", emptyMeetingTimeout=" + emptyMeetingTimeout + ", leftMeetingTimeout=" + leftMeetingTimeout
                + ", recordingDelay=" + recordingDelay + ", mode=" + mode + ", serverTag=" + serverTag + "]";
    }
}

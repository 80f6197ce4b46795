package org.bbbrooms.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What the sandbox emulator needs to know, free of any container: the shared secret, the checksum algorithms it
 * accepts, the added latency per API call and the meeting and recording timings.
 *
 * <p>Why a record: {@link SandboxServer} is built from it in unit tests and by {@link SandboxService} from
 * {@link SandboxConfig}. Its {@code toString()} never shows the secret.
 * <pre>{@code
 * new SandboxSettings("secret", EnumSet.allOf(ChecksumAlgorithm.class), Duration.ZERO,
 *         Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofSeconds(10));
 * }</pre>
 *
 * @param secret the shared secret that signs API calls and callback JWTs
 * @param algorithms the accepted checksum algorithms (not empty)
 * @param latency added before every API answer
 * @param emptyMeetingTimeout how long a meeting that nobody joined lives
 * @param leftMeetingTimeout how long a meeting lives after the last participant left
 * @param recordingDelay how long a recording stays in state {@code processing} before it is published
 */
public record SandboxSettings(String secret, Set<ChecksumAlgorithm> algorithms, Duration latency,
        Duration emptyMeetingTimeout, Duration leftMeetingTimeout, Duration recordingDelay) {

    public SandboxSettings {
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("The sandbox secret must not be blank");
        }
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("Accept at least one checksum algorithm (sha1, sha256, sha384, sha512)");
        }
        algorithms = Set.copyOf(algorithms);
        for (Duration d : new Duration[] {latency, emptyMeetingTimeout, leftMeetingTimeout, recordingDelay}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("Sandbox durations must not be negative: " + d);
            }
        }
    }

    @Override
    public String toString() {
        return "SandboxSettings[secret=***, algorithms=" + algorithms + ", latency=" + latency
                + ", emptyMeetingTimeout=" + emptyMeetingTimeout + ", leftMeetingTimeout=" + leftMeetingTimeout
                + ", recordingDelay=" + recordingDelay + "]";
    }
}

package org.bbbrooms.conference;

import java.util.Optional;
import org.bbbrooms.bbb.ChecksumAlgorithm;

/**
 * The connection values of the platform settings: whether conferences are on, the server an admin named (blank for
 * none), its shared secret and checksum algorithm. The secret stays out of {@link #toString()}.
 *
 * @param url the normalised server URL, blank when none is configured
 * @param secret the shared secret, when one is set
 */
public record ServerSettings(boolean conferencesEnabled, String url, Optional<String> secret,
        ChecksumAlgorithm algorithm) {

    /** True when a server is named with its secret; otherwise the sandbox may stand in. */
    public boolean configured() {
        return !url.isBlank() && secret.isPresent();
    }

    @Override
    public String toString() {
        return "ServerSettings[conferencesEnabled=" + conferencesEnabled + ", url=" + url + ", secret="
                + (secret.isPresent() ? "******" : "none") + ", algorithm=" + algorithm + "]";
    }
}

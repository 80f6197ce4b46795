package org.bbbrooms.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bbbrooms.embed.web.FrameAncestorSource;
import org.bbbrooms.lti.LtiPlatforms;

/**
 * The origins of the active LTI platforms, which may frame the embed views and the LTI pages: read from
 * {@link LtiPlatforms#activeOrigins()} and kept {@link #KEPT}, so that a platform registered, approved or disabled on
 * one node frames (or stops framing) everywhere within that time; the admin page forgets them at once on its node.
 * Only plain {@code scheme://host[:port]} origins are given to CSP.
 */
@ApplicationScoped
public class PlatformOrigins implements FrameAncestorSource {

    static final Duration KEPT = Duration.ofSeconds(10);
    private static final Pattern ORIGIN = Pattern.compile("https?://([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(:[0-9]{1,5})?");

    @Inject
    LtiPlatforms platforms;

    @Inject
    Clock clock = Clock.systemUTC();

    private volatile Kept kept;

    private record Kept(Set<String> origins, Instant at) {
    }

    @Override
    public Set<String> origins() {
        Instant now = clock.instant();
        Kept seen = kept;
        if (seen == null || seen.at().plus(KEPT).isBefore(now)) {
            seen = new Kept(platforms.activeOrigins().stream().filter(origin -> ORIGIN.matcher(origin).matches())
                    .collect(Collectors.toUnmodifiableSet()), now);
            kept = seen;
        }
        return seen.origins();
    }

    /** Reads the platforms again on the next framed response (after a registration or a change of status). */
    public void forget() {
        kept = null;
    }
}

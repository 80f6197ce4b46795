package org.bbbrooms.lti.grades;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.lti.LtiPlatform;

/**
 * A score this node has claimed and now sends: to which platform and line item (none yet: found or made in the
 * line items container, for the room), for whom ({@code sub}), and what.
 */
public record ScoreClaim(long scoreId, long gradingId, LtiPlatform platform, URI lineItems, Optional<URI> lineItem,
        String roomPublicId, String roomName, String sub, double scoreGiven, int scoreMaximum, Instant scoredAt) {
}

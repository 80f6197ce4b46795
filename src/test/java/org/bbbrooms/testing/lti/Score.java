package org.bbbrooms.testing.lti;

import java.time.Instant;

/**
 * A score a tool published for one user on one line item (AGS 2.0 §3.4), as received.
 *
 * @param scoreGiven null when the tool sent only progress
 */
public record Score(String userId, Double scoreGiven, Double scoreMaximum, String comment, String activityProgress,
        String gradingProgress, Instant timestamp) {
}

package org.bbbrooms.lti.grades;

import java.time.Duration;

/**
 * A student's score from their attendance: the full {@value #MAXIMUM} points at or above the threshold, in
 * proportion below it, 0 for one who did not come; never more than the maximum. Scores are in hundredths of a point,
 * rounded down (so that a partial attendance never rounds up to the full score).
 * <p>Use: {@code int hundredths = ScoreMath.score(attended, meetingLength, grading.threshold());}
 */
public final class ScoreMath {

    /** The line item's scoreMaximum. */
    public static final int MAXIMUM = 100;

    private ScoreMath() {
    }

    /** The score in hundredths of a point: 0 to {@code MAXIMUM * 100}. */
    public static int score(Duration attended, Duration meeting, Threshold threshold) {
        if (attended.isNegative() || attended.isZero()) {
            return 0;
        }
        Duration required = switch (threshold.kind()) {
            case MINUTES -> Duration.ofMinutes(threshold.value());
            case PERCENT -> meeting.multipliedBy(threshold.value()).dividedBy(100);
        };
        if (required.isZero() || required.isNegative() || attended.compareTo(required) >= 0) {
            return MAXIMUM * 100;
        }
        return (int) (attended.toMillis() * MAXIMUM * 100 / required.toMillis());
    }
}

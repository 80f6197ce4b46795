package org.bbbrooms.lti.grades;

import java.time.Duration;
import org.bbbrooms.attendance.CompletionRule;

/**
 * A student's score from the verdict of their room's {@link CompletionRule}, the one the reports show: the full
 * {@value #MAXIMUM} points for ATTENDED, 0 for ABSENT, and for PARTIAL a share of the required time, always above 0
 * and below the full score, so that the gradebook tells the three verdicts apart as the report does. Scores are in
 * hundredths of a point, rounded down.
 * <p>Use: {@code int hundredths = ScoreMath.score(attended, meeting.length(now), rule);}
 */
public final class ScoreMath {

    /** The line item's scoreMaximum. */
    public static final int MAXIMUM = 100;

    private static final int FULL = MAXIMUM * 100;

    private ScoreMath() {
    }

    /** The score in hundredths of a point: 0 to {@code MAXIMUM * 100}. */
    public static int score(Duration attended, Duration meeting, CompletionRule rule) {
        return switch (rule.verdict(attended, meeting)) {
            case ATTENDED -> FULL;
            case ABSENT -> 0;
            case PARTIAL -> (int) Math.max(1, Math.min(FULL - 1,
                    attended.toMillis() * FULL / rule.required(meeting).toMillis()));
        };
    }
}

package org.bbbrooms.lti.grades;

import java.time.Duration;
import org.bbbrooms.attendance.Verdict;

/**
 * A student's score from their attendance: the full {@value #MAXIMUM} points when the threshold's
 * {@link org.bbbrooms.attendance.CompletionRule} says they attended, in proportion below it, 0 for one who did not
 * come; never more than the maximum. Scores are in hundredths of a point, rounded down (so that a partial attendance
 * never rounds up to the full score).
 * <p>Use: {@code int hundredths = ScoreMath.score(attended, meetingLength, grading.threshold());}
 */
public final class ScoreMath {

    /** The line item's scoreMaximum. */
    public static final int MAXIMUM = 100;

    private ScoreMath() {
    }

    /** The score in hundredths of a point: 0 to {@code MAXIMUM * 100}. */
    public static int score(Duration attended, Duration meeting, Threshold threshold) {
        Verdict verdict = threshold.rule().verdict(attended, meeting);
        if (verdict != Verdict.PARTIAL) {
            return verdict == Verdict.ATTENDED ? MAXIMUM * 100 : 0;
        }
        return (int) (attended.toMillis() * MAXIMUM * 100 / threshold.rule().required(meeting).toMillis());
    }
}

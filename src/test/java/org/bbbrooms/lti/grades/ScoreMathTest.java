package org.bbbrooms.lti.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.bbbrooms.attendance.CompletionRule;
import org.bbbrooms.attendance.Verdict;
import org.junit.jupiter.api.Test;

/** The score sent to the LMS is the verdict of the room's completion rule, the one its report shows. */
class ScoreMathTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final CompletionRule FORTY_MINUTES = new CompletionRule(CompletionRule.Kind.MINUTES, 40);
    private static final CompletionRule HALF = new CompletionRule(CompletionRule.Kind.PERCENT, 50);

    private static int score(long minutes, CompletionRule rule) {
        return ScoreMath.score(Duration.ofMinutes(minutes), HOUR, rule);
    }

    @Test
    void attendedGivesTheFullScore() {
        assertEquals(Verdict.ATTENDED, FORTY_MINUTES.verdict(Duration.ofMinutes(40), HOUR));
        assertEquals(10_000, score(40, FORTY_MINUTES));
        assertEquals(10_000, score(30, HALF));
        assertEquals(10_000, score(600, FORTY_MINUTES), "never more than the maximum");
        assertEquals(10_000, score(60, new CompletionRule(CompletionRule.Kind.PERCENT, 100)));
    }

    @Test
    void partlyThereIsInProportionOfTheRequiredTime() {
        assertEquals(Verdict.PARTIAL, FORTY_MINUTES.verdict(Duration.ofMinutes(20), HOUR));
        assertEquals(5_000, score(20, FORTY_MINUTES));
        assertEquals(5_000, score(15, HALF));
        assertEquals(2_500, ScoreMath.score(Duration.ofMinutes(10), Duration.ofMinutes(80), HALF));
        assertEquals(3_333, score(1, new CompletionRule(CompletionRule.Kind.MINUTES, 3)), "rounded down");
    }

    @Test
    void partlyThereIsNeverTheFullScoreNorZero() {
        assertEquals(9_999, ScoreMath.score(Duration.ofMinutes(40).minusMillis(1), HOUR, FORTY_MINUTES));
        int aSecond = ScoreMath.score(Duration.ofSeconds(1), HOUR,
                new CompletionRule(CompletionRule.Kind.MINUTES, 1440));
        assertEquals(Verdict.PARTIAL, new CompletionRule(CompletionRule.Kind.MINUTES, 1440)
                .verdict(Duration.ofSeconds(1), HOUR));
        assertTrue(aSecond > 0, "a second of a day's rule is still there partly: " + aSecond);
    }

    @Test
    void absentScoresZero() {
        assertEquals(Verdict.ABSENT, FORTY_MINUTES.verdict(Duration.ZERO, HOUR));
        assertEquals(0, score(0, FORTY_MINUTES));
        assertEquals(0, score(0, HALF));
    }

    @Test
    void aMeetingOfNoLengthGivesAnyoneWhoCameTheFullScore() {
        assertEquals(10_000, ScoreMath.score(Duration.ofSeconds(5), Duration.ZERO, HALF));
    }
}

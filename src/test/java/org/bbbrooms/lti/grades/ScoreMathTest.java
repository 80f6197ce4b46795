package org.bbbrooms.lti.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Attendance to score, as a teacher's threshold says. */
class ScoreMathTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Threshold FORTY_MINUTES = new Threshold(Threshold.Kind.MINUTES, 40);
    private static final Threshold HALF = new Threshold(Threshold.Kind.PERCENT, 50);

    private static int score(long minutes, Threshold threshold) {
        return ScoreMath.score(Duration.ofMinutes(minutes), HOUR, threshold);
    }

    @Test
    void theThresholdMetGivesTheFullScore() {
        assertEquals(10_000, score(40, FORTY_MINUTES));
        assertEquals(10_000, score(30, HALF));
    }

    @Test
    void moreThanTheThresholdIsCappedAtTheMaximum() {
        assertEquals(10_000, score(600, FORTY_MINUTES));
        assertEquals(10_000, score(60, new Threshold(Threshold.Kind.PERCENT, 100)));
    }

    @Test
    void lessIsInProportion() {
        assertEquals(5_000, score(20, FORTY_MINUTES));
        assertEquals(5_000, score(15, HALF));
        assertEquals(2_500, ScoreMath.score(Duration.ofMinutes(10), Duration.ofMinutes(80),
                new Threshold(Threshold.Kind.PERCENT, 50)));
    }

    @Test
    void aPartialScoreRoundsDownNeverUpToFull() {
        assertEquals(9_999, ScoreMath.score(Duration.ofMinutes(40).minusMillis(1), HOUR, FORTY_MINUTES));
        assertEquals(3_333, score(1, new Threshold(Threshold.Kind.MINUTES, 3)));
    }

    @Test
    void absenceScoresZero() {
        assertEquals(0, score(0, FORTY_MINUTES));
        assertEquals(0, score(0, HALF));
    }

    @Test
    void aMeetingOfNoLengthGivesAnyoneWhoCameTheFullScore() {
        assertEquals(10_000, ScoreMath.score(Duration.ofSeconds(5), Duration.ZERO, HALF));
    }

    @Test
    void thresholdsOutOfRangeAreRefused() {
        assertEquals(Optional.empty(), FORTY_MINUTES.check());
        assertEquals(Optional.of("completion.minutes.invalid"), new Threshold(Threshold.Kind.MINUTES, 0).check());
        assertEquals(Optional.of("completion.minutes.invalid"), new Threshold(Threshold.Kind.MINUTES, 1441).check());
        assertEquals(Optional.of("completion.percent.invalid"), new Threshold(Threshold.Kind.PERCENT, 101).check());
        assertEquals(Optional.of("completion.kind.required"), new Threshold(null, 10).check());
    }
}

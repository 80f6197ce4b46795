package org.bbbrooms.lti.grades;

import java.util.Optional;
import org.bbbrooms.attendance.CompletionRule;

/**
 * What a student must attend for the full score, as the teacher sets it: a number of {@link Kind#MINUTES} (1 to
 * 1440) or a {@link Kind#PERCENT} of the meeting's length (1 to 100). It is the attendance feature's
 * {@link CompletionRule} under the name the grading page stores, so that a score and a report's verdict come from
 * the same rule.
 * <p>Use: {@code new Threshold(Threshold.Kind.MINUTES, 45).check()} gives the bundle key of what is wrong, if any.
 */
public record Threshold(Kind kind, int value) {

    /** How the value counts. */
    public enum Kind { MINUTES, PERCENT }

    public static final Threshold DEFAULT = new Threshold(Kind.PERCENT, 75);

    public Optional<String> check() {
        return rule().check();
    }

    /** The same rule, as reports apply it. */
    public CompletionRule rule() {
        return new CompletionRule(kind == null ? null : CompletionRule.Kind.valueOf(kind.name()), value);
    }
}

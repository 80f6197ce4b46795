package org.bbbrooms.lti.grades;

import java.util.Optional;

/**
 * What a student must attend for the full score, as the teacher sets it: a number of {@link Kind#MINUTES} (1 to
 * 1440) or a {@link Kind#PERCENT} of the meeting's length (1 to 100).
 * <p>Use: {@code new Threshold(Threshold.Kind.MINUTES, 45).check()} gives the bundle key of what is wrong, if any.
 */
public record Threshold(Kind kind, int value) {

    /** How the value counts. */
    public enum Kind { MINUTES, PERCENT }

    public static final Threshold DEFAULT = new Threshold(Kind.PERCENT, 75);

    public Optional<String> check() {
        if (kind == null) {
            return Optional.of("lti.grading.kind.required");
        }
        int max = kind == Kind.MINUTES ? 1440 : 100;
        return value >= 1 && value <= max ? Optional.empty()
                : Optional.of(kind == Kind.MINUTES ? "lti.grading.minutes.invalid" : "lti.grading.percent.invalid");
    }
}

package org.bbbrooms.attendance;

import java.time.Duration;
import java.util.Optional;

/**
 * What counts as attended in a room: at least a number of {@link Kind#MINUTES} (1 to 1440), or a {@link Kind#PERCENT}
 * of the meeting's length (1 to 100). The one rule behind the reports' verdicts and the LTI scores, so that the
 * gradebook and the report never disagree.
 * <p>Use: {@code Verdict v = rule.verdict(attended, meetingLength);} and {@code rule.check()} for what is wrong.
 */
public record CompletionRule(Kind kind, int value) {

    /** How the value counts. */
    public enum Kind { MINUTES, PERCENT }

    public static final CompletionRule DEFAULT = new CompletionRule(Kind.PERCENT, 75);

    /** The bundle key of what is wrong with the rule, if anything. */
    public Optional<String> check() {
        if (kind == null) {
            return Optional.of("completion.kind.required");
        }
        int max = kind == Kind.MINUTES ? 1440 : 100;
        return value >= 1 && value <= max ? Optional.empty()
                : Optional.of(kind == Kind.MINUTES ? "completion.minutes.invalid" : "completion.percent.invalid");
    }

    /** The time a person must have been in a meeting of this length. */
    public Duration required(Duration meeting) {
        return switch (kind) {
            case MINUTES -> Duration.ofMinutes(value);
            case PERCENT -> meeting.multipliedBy(value).dividedBy(100);
        };
    }

    /** Attended at or above the required time, partly below it, absent without any time. */
    public Verdict verdict(Duration attended, Duration meeting) {
        if (attended.isNegative() || attended.isZero()) {
            return Verdict.ABSENT;
        }
        return attended.compareTo(required(meeting)) >= 0 ? Verdict.ATTENDED : Verdict.PARTIAL;
    }
}

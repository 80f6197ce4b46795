package org.bbbrooms.attendance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A person's time in a meeting is the union of their intervals, not their sum: two devices, or a re-join learnt
 * both from the portal and from BBB, overlap and count once. Works on instants, so time zones and midnight do not
 * matter to it.
 * <p>Use: {@code Duration total = Intervals.union(intervals);}
 */
public final class Intervals {

    private Intervals() {
    }

    /** The intervals merged where they overlap or touch, in order. */
    public static List<Interval> merged(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::from));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.from().isAfter(merged.get(last).to())) {
                Interval current = merged.get(last);
                merged.set(last, new Interval(current.from(), next.to().isAfter(current.to()) ? next.to() : current.to()));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** The length of the union of the intervals. */
    public static Duration union(Collection<Interval> intervals) {
        return merged(intervals).stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    }
}

package org.bbbrooms.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts API calls per name, and holds the faults armed for the next calls of a name.
 *
 * <p>Why: tests and benchmarks check how many BBB calls a page costs (a cache must save calls) and how a client
 * copes with a failing server.
 */
final class CallStats {

    /** A fault armed for a number of calls. */
    record Fault(FaultMode mode, int remaining, Duration hang) {
    }

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    void count(String call) {
        counts.computeIfAbsent(call, c -> new LongAdder()).increment();
    }

    Map<String, Long> counts() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((call, adder) -> sorted.put(call, adder.sum()));
        return sorted;
    }

    /** Arms {@code mode} for the next {@code count} calls of {@code call}; a count of 0 disarms it. */
    void arm(String call, FaultMode mode, int count, Duration hang) {
        if (count <= 0) {
            faults.remove(call);
        } else {
            faults.put(call, new Fault(mode, count, hang));
        }
    }

    /** Takes one use of the fault armed for {@code call}, if any. */
    Optional<Fault> take(String call) {
        Fault[] taken = new Fault[1];
        faults.computeIfPresent(call, (c, f) -> {
            taken[0] = f;
            return f.remaining() > 1 ? new Fault(f.mode(), f.remaining() - 1, f.hang()) : null;
        });
        return Optional.ofNullable(taken[0]);
    }
}

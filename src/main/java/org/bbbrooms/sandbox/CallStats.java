package org.bbbrooms.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts API calls per name, and holds the faults armed for the next calls of a name. Disarming a call's fault also
 * lets go of the answers that its hangs still hold back, so that a test can hold a call exactly as long as it needs.
 *
 * <p>Why: tests and benchmarks check how many BBB calls a page costs (a cache must save calls) and how a client
 * copes with a failing server.
 */
final class CallStats {

    /**
     * A fault armed for a number of calls; a use taken of it knows how often the call had been disarmed by then.
     */
    record Fault(FaultMode mode, int remaining, Duration hang, long takenAt) {

        Fault(FaultMode mode, int remaining, Duration hang) {
            this(mode, remaining, hang, 0);
        }
    }

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, Long> releases = new HashMap<>();

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
        synchronized (releases) {
            if (count <= 0) {
                faults.remove(call);
                releases.merge(call, 1L, Long::sum);
                releases.notifyAll();
            } else {
                faults.put(call, new Fault(mode, count, hang));
            }
        }
    }

    /** Takes one use of the fault armed for {@code call}, if any. */
    Optional<Fault> take(String call) {
        synchronized (releases) {
            Fault[] taken = new Fault[1];
            faults.computeIfPresent(call, (c, f) -> {
                taken[0] = f;
                return f.remaining() > 1 ? new Fault(f.mode(), f.remaining() - 1, f.hang()) : null;
            });
            long released = releases.getOrDefault(call, 0L);
            return Optional.ofNullable(taken[0]).map(f -> new Fault(f.mode(), f.remaining(), f.hang(), released));
        }
    }

    /** Holds an answer of {@code call} back for the fault's hang, or until the call's fault is disarmed after it. */
    void hold(String call, Fault fault) throws InterruptedException {
        long deadline = System.nanoTime() + fault.hang().toNanos();
        synchronized (releases) {
            for (long left = fault.hang().toNanos(); left > 0 && fault.takenAt() == releases.getOrDefault(call, 0L);
                    left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(releases, left);
            }
        }
    }
}

package org.bbbrooms.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What arrives from other threads, in order (say the answers of a stand-in portal to the callbacks that the sandbox
 * sends), for a test to wait on: it wakes up as soon as enough have come, instead of polling with a sleep.
 * <p>Use: {@code answered.add(status);} in the handler, {@code assertEquals(List.of(200), answered.await(1));} in
 * the test.
 */
public final class Arrivals<T> {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<T> arrived = new ArrayList<>();

    public synchronized void add(T value) {
        arrived.add(value);
        notifyAll();
    }

    /** What has arrived so far. */
    public synchronized List<T> all() {
        return List.copyOf(arrived);
    }

    /** What has arrived, once at least {@code count} have; fails after 10 s. */
    public synchronized List<T> await(int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (arrived.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(count + " expected within " + PATIENCE.toSeconds() + " s, only " + arrived
                        + " arrived");
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(arrived);
    }
}

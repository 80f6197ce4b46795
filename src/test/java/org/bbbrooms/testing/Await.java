package org.bbbrooms.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition that something outside the test brings about (a circuit breaker closing again, BBB's
 * callback arriving), checking it every 50 ms, and fails with a message if it does not hold in time. Never a
 * fixed wait: it returns as soon as the condition holds.
 * <p>Use: {@code Await.until(Duration.ofSeconds(15), () -> cache.observe(id, budget).kind() != UNAVAILABLE,
 * "BBB answers again");}
 */
public final class Await {

    private static final long POLL_MILLIS = 50;

    private Await() {
    }

    public static void until(Duration max, BooleanSupplier condition, String what) {
        until(max, condition::getAsBoolean, held -> held, what);
    }

    /** Reads a value until it passes the test, and returns it: {@code Await.until(max, () -> page(), p -> ..., what)}. */
    public static <T> T until(Duration max, Supplier<T> read, Predicate<T> test, String what) {
        long deadline = System.nanoTime() + max.toNanos();
        T value;
        while (!test.test(value = read.get())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max + ": " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what, e);
            }
        }
        return value;
    }
}

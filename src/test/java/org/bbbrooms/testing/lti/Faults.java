package org.bbbrooms.testing.lti;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults an endpoint of the emulator is told to have, and how many requests it had: so that tests can check a
 * tool's timeouts and bounded retries against a platform that is down or slow, and its caches by counting calls.
 * <pre>{@code
 * emu.faults(Endpoint.NRPS).unavailableFor(2);                      // the next 2 calls answer 503
 * emu.faults(Endpoint.TOKEN).slowFor(1, Duration.ofSeconds(5));     // the next call answers after 5 s
 * assertEquals(3, emu.requests(Endpoint.NRPS));
 * }</pre>
 */
public final class Faults {

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    Faults() {
    }

    /** The next {@code calls} requests answer 503 Service Unavailable (after any delay). */
    public Faults unavailableFor(int calls) {
        unavailable.set(calls);
        return this;
    }

    /** The next {@code calls} requests wait {@code delay} before they are answered. */
    public Faults slowFor(int calls, Duration delay) {
        this.delay = delay;
        slow.set(calls);
        return this;
    }

    /** No more faults; the request count stays. */
    public Faults clear() {
        unavailable.set(0);
        slow.set(0);
        return this;
    }

    /** How many requests this endpoint received, faulty answers included. */
    public int requests() {
        return requests.get();
    }

    /** Counts a request and applies the faults due; true when it must be answered 503. */
    boolean arrive() throws InterruptedException {
        requests.incrementAndGet();
        if (slow.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            Thread.sleep(delay.toMillis());
        }
        return unavailable.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }
}

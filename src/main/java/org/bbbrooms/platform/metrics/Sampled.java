package org.bbbrooms.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A figure worth a query, taken at most once per period however often gauges read it: Prometheus scrapes (and
 * every node's, and each gauge of a snapshot) then cost the database one query per period at most. A sample that
 * fails keeps the previous value, so a scrape never fails for a gauge.
 * <p>Use: {@code Sampled<Figures> figures = new Sampled<>(clock, Duration.ofSeconds(10), Figures.NONE,
 * store::figures);} then {@code figures.get().open()} in each gauge.
 */
public final class Sampled<T> {

    private static final Logger LOG = Logger.getLogger(Sampled.class.getName());

    private final Clock clock;
    private final Duration period;
    private final Supplier<T> source;
    private T value;
    private Instant takenAt;

    public Sampled(Clock clock, Duration period, T initial, Supplier<T> source) {
        this.clock = Objects.requireNonNull(clock);
        this.period = Objects.requireNonNull(period);
        this.value = Objects.requireNonNull(initial);
        this.source = Objects.requireNonNull(source);
    }

    /** The latest sample, taken now when the last one is a period old (or none was taken yet). */
    public synchronized T get() {
        Instant now = clock.instant();
        if (takenAt == null || !now.isBefore(takenAt.plus(period))) {
            takenAt = now;
            try {
                value = Objects.requireNonNull(source.get());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Metric sample failed, the previous value stays: {0}", e.toString());
            }
        }
        return value;
    }
}

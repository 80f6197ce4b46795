package org.bbbrooms.room;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.bbbrooms.platform.metrics.MetricNames;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What the status cache saves BBB and how the circuit breaker in front of it stands, for Prometheus:
 * {@code bbb_rooms_status_cache_lookups_total{result="hit"|"miss"}} (a hit is an answer reused, or a call in flight
 * shared; a miss asked BBB) and {@code bbb_rooms_bbb_circuit_open}: 1 while status look-ups are refused by the open
 * circuit (BBB kept failing), 0 once one got through. MicroProfile Fault Tolerance does not tell its breaker's state,
 * so the gauge is the state the last look-up met; while nobody looks, it keeps it.
 */
@ApplicationScoped
public class StatusMetrics {

    static final Metadata LOOKUPS = MetricNames.of("status_cache_lookups",
            "Room status look-ups: hit (answered from the cache, or sharing a call in flight), miss (asked BBB)");
    static final Metadata CIRCUIT = MetricNames.of("bbb_circuit_open",
            "1 while the circuit breaker before BBB's status calls is open, else 0");

    @Inject
    MetricRegistry registry;

    private Counter hits;
    private Counter misses;
    private volatile boolean circuitOpen;

    @PostConstruct
    void register() {
        hits = registry.counter(LOOKUPS, new Tag("result", "hit"));
        misses = registry.counter(LOOKUPS, new Tag("result", "miss"));
        registry.gauge(CIRCUIT, this, metrics -> metrics.circuitOpen ? 1 : 0);
    }

    /** Registers the metrics at start-up, so that a scrape shows them before any look-up. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // observing it creates the bean, whose @PostConstruct registers the metrics
    }

    void lookedUp(boolean hit) {
        (hit ? hits : misses).inc();
    }

    /** A look-up reached BBB (closed) or was refused by the open circuit. */
    void circuit(boolean open) {
        circuitOpen = open;
    }
}

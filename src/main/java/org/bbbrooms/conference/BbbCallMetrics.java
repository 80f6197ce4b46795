package org.bbbrooms.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.bbb.CallEvent;
import org.bbbrooms.platform.metrics.MetricNames;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times every BigBlueButton call the portal makes, from the client's {@link CallEvent}s: Prometheus
 * sees {@code bbb_rooms_bbb_calls_total{call,outcome}} and the histogram
 * {@code bbb_rooms_bbb_call_duration_seconds{call}}, so a slow or failing server shows before users say so. Outcomes are the client's: success, failed (BBB said no),
 * unreachable, timeout, protocol_error.
 */
@ApplicationScoped
public class BbbCallMetrics {

    static final Metadata CALLS = MetricNames.of("bbb_calls", "BigBlueButton API calls, by call and outcome");
    /**
     * In nanoseconds, the unit timers record in, which Payara exports in seconds ({@code _seconds}); declared in
     * seconds, Payara 6.2025.10 prints nanoseconds under that name. Its buckets (and no quantiles, which Payara prints
     * in nanoseconds whatever the unit) are set in microprofile-config.properties.
     */
    static final Metadata DURATION = Metadata.builder(MetricNames.of("bbb_call_duration",
            "How long BigBlueButton API calls took, by call")).withUnit(MetricUnits.NANOSECONDS).build();

    /**
     * Resolved at the first call, not when the readiness check first reads {@link #last}: while the WAR deploys,
     * Payara's registry producer throws, and the check would answer 500 with its stack trace in the log.
     */
    @Inject
    Instance<MetricRegistry> registries;

    MetricRegistry registry;

    /** The last call's event, for the readiness answer. */
    private volatile CallEvent last;

    /**
     * Synchronized: Payara 6.2025.10's registry can throw ConcurrentModificationException when two threads register
     * the same new metric at once (seen in a burst of joins).
     */
    public synchronized void record(CallEvent event) {
        last = event;
        if (registry == null) {
            registry = registries.get();
        }
        Tag call = new Tag("call", event.call());
        registry.counter(CALLS, call, new Tag("outcome", outcome(event.outcome()))).inc();
        registry.timer(DURATION, call).update(event.duration());
    }

    /** The most recent BBB call of this node, if any. */
    public Optional<CallEvent> last() {
        return Optional.ofNullable(last);
    }

    static String outcome(CallEvent.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}

package org.bbbrooms.room;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToIntFunction;
import org.bbbrooms.platform.metrics.Sampled;
import org.bbbrooms.platform.metrics.MetricNames;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Gauges of the meetings under way: {@code bbb_rooms_meetings_open}, {@code bbb_rooms_meetings_running} and
 * {@code bbb_rooms_participants} ({@link MeetingFigures}). They are sampled at most every {@value #PERIOD_SECONDS}
 * seconds, however often Prometheus scrapes: one query of the open meetings' ids, then the status cache's last
 * answers, in memory. Open meetings are the platform's (every node says the same); running meetings and their
 * participants are what this node's cache last heard (pages and the attendance sync keep it fresh).
 */
@ApplicationScoped
public class MeetingGauges {

    static final long PERIOD_SECONDS = 10;

    @Inject
    RoomStore store;

    @Inject
    RoomStatusCache statuses;

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    private Sampled<MeetingFigures> figures;

    @PostConstruct
    void register() {
        figures = new Sampled<>(clock, Duration.ofSeconds(PERIOD_SECONDS), MeetingFigures.NONE,
                () -> MeetingFigures.of(store.openMeetingIds(), statuses::lastHeard));
        gauge("meetings_open", "Meetings started in the portal and not ended", MeetingFigures::open);
        gauge("meetings_running", "Open meetings that BBB last said were running (somebody joined)",
                MeetingFigures::running);
        gauge("participants", "Participants in the running meetings, as BBB last said", MeetingFigures::participants);
    }

    private void gauge(String name, String description, ToIntFunction<MeetingFigures> figure) {
        registry.gauge(MetricNames.of(name, description), figures, sample -> figure.applyAsInt(sample.get()));
    }

    /** Registers the gauges at start-up, so that a scrape shows them from the first. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // observing it creates the bean, whose @PostConstruct registers the metrics
    }
}

package org.bbbrooms.room;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.platform.grid.DataGrid;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * BBB's view of open meetings, kept for a few seconds ({@code BBB_STATUS_CACHE_SECONDS}, default 5), so that page
 * renders cost BBB at most one getMeetingInfo per meeting per period, on the whole cluster. Concurrent look-ups of a
 * meeting on a node share one call (one future per meeting); the answers are shared with the other nodes through the
 * {@link DataGrid} ({@value #ANSWERS}), and a node that asks BBB first claims the question there ({@value #ASKS}, for
 * {@link #ASK_CLAIM} at most), so that the others wait for its answer, which the topic {@value #ANSWERED} announces,
 * rather than asking too. A failure is cached and shared too, as {@link MeetingState#UNAVAILABLE}. Callers wait only
 * as long as they say: past it they get UNAVAILABLE while the call goes on and its answer is cached for the next
 * look. Rooms without an open meeting never come here. Our own start and end update the entry at once, on every
 * node. Hits, misses and the circuit's state go to {@link StatusMetrics}.
 * <p>Use: {@code MeetingState state = cache.observe(meeting.getBbbMeetingId(), budget.remaining());}
 */
@ApplicationScoped
public class RoomStatusCache {

    static final String ANSWERS = "room-status";
    static final String ASKS = "room-status-asks";
    static final String ANSWERED = "room-status-answered";
    /** Longer than the status client's timeouts: a node that died while asking holds the others up this long. */
    static final Duration ASK_CLAIM = Duration.ofSeconds(10);
    /** How many times a look-up waits for another node's answer before it gives up (UNAVAILABLE). */
    private static final int WAITS = 2;
    private static final Logger LOG = Logger.getLogger(RoomStatusCache.class.getName());

    @Inject
    MeetingStatusProbe probe;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    @Inject
    @ConfigProperty(name = "BBB_STATUS_CACHE_SECONDS", defaultValue = "5")
    long ttlSeconds;

    @Inject
    Clock clock = Clock.systemUTC();

    @Inject
    StatusMetrics metrics;

    @Inject
    DataGrid grid;

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** The look-ups of this node that wait for another node's answer, by meeting. */
    private final ConcurrentMap<String, CompletableFuture<Void>> awaited = new ConcurrentHashMap<>();
    private Runnable unsubscribe = () -> { };

    /** One answer, in flight or received. */
    private final class Entry {

        private final CompletableFuture<Observed> answer;

        Entry(CompletableFuture<Observed> answer) {
            this.answer = answer;
        }

        boolean fresh(Instant now) {
            return !answer.isDone() || isFresh(answer.join().at(), now);
        }
    }

    private boolean isFresh(Instant answeredAt, Instant now) {
        return now.isBefore(answeredAt.plusSeconds(ttlSeconds));
    }

    /** Hears the other nodes' answers: a look-up waiting here goes on, an answer kept here gives way. */
    @PostConstruct
    void listen() {
        unsubscribe = grid.topic(ANSWERED).subscribe(message -> {
            String[] nodeAndMeeting = message.split(" ", 2);
            if (!nodeAndMeeting[0].equals(grid.node())) {
                entries.computeIfPresent(nodeAndMeeting[1], (id, entry) -> entry.answer.isDone() ? null : entry);
            }
            Optional.ofNullable(awaited.remove(nodeAndMeeting[1])).ifPresent(waiting -> waiting.complete(null));
        });
    }

    @PreDestroy
    void close() {
        unsubscribe.run();
    }

    /** The meeting's state: cached, or being fetched (shared with concurrent callers), or fetched now. */
    public CompletableFuture<MeetingState> lookup(String bbbMeetingId) {
        return entry(bbbMeetingId).answer.thenApply(Observed::state);
    }

    /**
     * BBB's latest answer about a meeting and when it came, sharing the pages' call: background jobs (attendance)
     * cost BBB nothing more than the pages already do. Empty when no answer came within {@code maxWait}.
     */
    public Optional<Observed> latest(String bbbMeetingId, Duration maxWait) {
        return Optional.ofNullable(await(entry(bbbMeetingId).answer, maxWait))
                .filter(observed -> observed.state().kind() != MeetingState.Kind.UNAVAILABLE);
    }

    /** What BBB said of a meeting, and when. */
    public record Observed(MeetingState state, Instant at) {
    }

    private Entry entry(String bbbMeetingId) {
        AtomicBoolean asked = new AtomicBoolean();
        Entry entry = entries.compute(bbbMeetingId, (id, old) -> {
            if (old != null && old.fresh(clock.instant())) {
                return old;
            }
            asked.set(true);
            return new Entry(CompletableFuture.supplyAsync(() -> fetch(id), executor));
        });
        metrics.lookedUp(!asked.get());
        return entry;
    }

    /** What BBB last said of a meeting, however old, without asking it; empty when it never answered. */
    public Optional<MeetingState> lastHeard(String bbbMeetingId) {
        return Optional.ofNullable(entries.get(bbbMeetingId))
                .map(entry -> entry.answer.getNow(new Observed(MeetingState.UNAVAILABLE, clock.instant())).state())
                .filter(state -> state.kind() != MeetingState.Kind.UNAVAILABLE);
    }

    /** The meeting's state, waiting for BBB at most {@code maxWait}; UNAVAILABLE past it. */
    public MeetingState observe(String bbbMeetingId, Duration maxWait) {
        return await(lookup(bbbMeetingId), maxWait, MeetingState.UNAVAILABLE);
    }

    private static Observed await(CompletableFuture<Observed> answer, Duration maxWait) {
        return await(answer, maxWait, null);
    }

    private static <T> T await(CompletableFuture<T> answer, Duration maxWait, T late) {
        try {
            return answer.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return late;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return late;
        }
    }

    /** We just created the meeting: BBB has it, nobody is in yet. */
    public void started(String bbbMeetingId) {
        Observed now = new Observed(MeetingState.WAITING_FOR_USERS, clock.instant());
        entries.put(bbbMeetingId, new Entry(CompletableFuture.completedFuture(now)));
        share(bbbMeetingId, now);
    }

    /** The meeting is closed: its rooms no longer ask BBB about it. */
    public void forget(String bbbMeetingId) {
        entries.remove(bbbMeetingId);
        grid.<String, SharedStatus>map(ANSWERS).remove(bbbMeetingId);
        announce(bbbMeetingId);
    }

    /**
     * The cluster's answer: the one another node shared in this period, or the one this node gets from BBB under
     * the claim, or, when another node holds the claim, the one it announces.
     */
    private Observed fetch(String bbbMeetingId) {
        DataGrid.GridMap<String, String> asks = grid.map(ASKS);
        for (int wait = 0; wait <= WAITS; wait++) {
            Optional<Observed> shared = shared(bbbMeetingId);
            if (shared.isPresent()) {
                return shared.get();
            }
            CompletableFuture<Void> heard = awaited.computeIfAbsent(bbbMeetingId, id -> new CompletableFuture<>());
            if (asks.putIfAbsent(bbbMeetingId, grid.node(), ASK_CLAIM)) {
                try {
                    return shared(bbbMeetingId).orElseGet(() -> askAndShare(bbbMeetingId));
                } finally {
                    asks.remove(bbbMeetingId);
                }
            }
            if (asks.get(bbbMeetingId).filter(asker -> !grid.members().contains(asker)).isPresent()) {
                // the node that claimed the question left the cluster (killed mid-call): its answer never comes
                asks.remove(bbbMeetingId);
                continue;
            }
            await(heard, ASK_CLAIM, null);
            awaited.remove(bbbMeetingId, heard);
        }
        return new Observed(MeetingState.UNAVAILABLE, clock.instant());
    }

    private Optional<Observed> shared(String bbbMeetingId) {
        return grid.<String, SharedStatus>map(ANSWERS).get(bbbMeetingId)
                .filter(status -> isFresh(status.at(), clock.instant()))
                .map(status -> new Observed(status.state(), status.at()));
    }

    private Observed askAndShare(String bbbMeetingId) {
        Observed answer = new Observed(ask(bbbMeetingId), clock.instant());
        share(bbbMeetingId, answer);
        return answer;
    }

    /** Kept in the grid twice the period: long enough to be read as fresh, short enough to leave no garbage. */
    private void share(String bbbMeetingId, Observed answer) {
        grid.<String, SharedStatus>map(ANSWERS).put(bbbMeetingId, SharedStatus.of(answer.state(), answer.at()),
                Duration.ofSeconds(2 * ttlSeconds));
        announce(bbbMeetingId);
    }

    /** Tells the nodes that the meeting's shared answer changed: "node meeting". */
    private void announce(String bbbMeetingId) {
        grid.topic(ANSWERED).publish(grid.node() + " " + bbbMeetingId);
    }

    private MeetingState ask(String bbbMeetingId) {
        try {
            MeetingState state = probe.fetch(bbbMeetingId).map(MeetingState::of).orElse(MeetingState.GONE);
            metrics.circuit(false);
            return state;
        } catch (CircuitBreakerOpenException e) {
            metrics.circuit(true);
            return MeetingState.UNAVAILABLE;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "BBB status of a meeting unavailable: {0}", e.toString());
            return MeetingState.UNAVAILABLE;
        }
    }
}

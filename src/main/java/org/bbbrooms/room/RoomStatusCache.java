package org.bbbrooms.room;

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
import java.util.logging.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * BBB's view of open meetings, kept for a few seconds ({@code BBB_STATUS_CACHE_SECONDS}, default 5), so that page
 * renders cost BBB at most one getMeetingInfo per meeting per period. Concurrent look-ups of a meeting share one
 * call (one future per meeting); a failure is cached too, as {@link MeetingState#UNAVAILABLE}. Callers wait only
 * as long as they say: past it they get UNAVAILABLE while the call goes on and its answer is cached for the next
 * look. Rooms without an open meeting never come here. Our own start and end update the entry at once. Hits,
 * misses and the circuit's state go to {@link StatusMetrics}.
 * <p>Use: {@code MeetingState state = cache.observe(meeting.getBbbMeetingId(), budget.remaining());}
 */
@ApplicationScoped
public class RoomStatusCache {

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

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** One answer, in flight or received at {@code answeredAt}. */
    private final class Entry {

        private final CompletableFuture<MeetingState> answer;
        private volatile Instant answeredAt;

        Entry(CompletableFuture<MeetingState> answer) {
            this.answer = answer;
            answer.whenComplete((state, error) -> answeredAt = clock.instant());
        }

        boolean fresh(Instant now) {
            Instant at = answeredAt;
            return at == null || now.isBefore(at.plusSeconds(ttlSeconds));
        }
    }

    /** The meeting's state: cached, or being fetched (shared with concurrent callers), or fetched now. */
    public CompletableFuture<MeetingState> lookup(String bbbMeetingId) {
        return entry(bbbMeetingId).answer;
    }

    /**
     * BBB's latest answer about a meeting and when it came, sharing the pages' call: background jobs (attendance)
     * cost BBB nothing more than the pages already do. Empty when no answer came within {@code maxWait}.
     */
    public Optional<Observed> latest(String bbbMeetingId, Duration maxWait) {
        Entry entry = entry(bbbMeetingId);
        MeetingState state = await(entry.answer, maxWait);
        Instant at = entry.answeredAt;
        return state.kind() == MeetingState.Kind.UNAVAILABLE
                ? Optional.empty() : Optional.of(new Observed(state, at == null ? clock.instant() : at));
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
            return new Entry(CompletableFuture.supplyAsync(() -> ask(id), executor));
        });
        metrics.lookedUp(!asked.get());
        return entry;
    }

    /** What BBB last said of a meeting, however old, without asking it; empty when it never answered. */
    public Optional<MeetingState> lastHeard(String bbbMeetingId) {
        return Optional.ofNullable(entries.get(bbbMeetingId))
                .map(entry -> entry.answer.getNow(MeetingState.UNAVAILABLE))
                .filter(state -> state.kind() != MeetingState.Kind.UNAVAILABLE);
    }

    /** The meeting's state, waiting for BBB at most {@code maxWait}; UNAVAILABLE past it. */
    public MeetingState observe(String bbbMeetingId, Duration maxWait) {
        return await(lookup(bbbMeetingId), maxWait);
    }

    private static MeetingState await(CompletableFuture<MeetingState> answer, Duration maxWait) {
        try {
            return answer.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return MeetingState.UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MeetingState.UNAVAILABLE;
        }
    }

    /** We just created the meeting: BBB has it, nobody is in yet. */
    public void started(String bbbMeetingId) {
        entries.put(bbbMeetingId, new Entry(CompletableFuture.completedFuture(MeetingState.WAITING_FOR_USERS)));
    }

    /** The meeting is closed: its rooms no longer ask BBB about it. */
    public void forget(String bbbMeetingId) {
        entries.remove(bbbMeetingId);
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

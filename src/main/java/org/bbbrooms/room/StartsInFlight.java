package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The room starts under way on this node, so that a second start of a room (a double click, a second teacher) does
 * not race the first one but shares its outcome: the same meeting, or the same refusal. It waits for it without
 * polling, the first start completing the wait, and for at most {@value #WAIT_MILLIS} ms (a MicroProfile Fault
 * Tolerance timeout); the caller then says the meeting is on its way ({@link MeetingStarting}).
 * <p>Use: {@code Optional<CompletableFuture<Meeting>> first = starts.begin(roomId, mine);} then either
 * {@code starts.outcome(first.get())} through the CDI proxy (for the timeout), or run the start, complete
 * {@code mine} and {@code starts.end(roomId, mine)}.
 */
@ApplicationScoped
public class StartsInFlight {

    /** Longer than BBB usually takes to create a meeting; in milliseconds, the default unit. */
    static final long WAIT_MILLIS = 2_000;

    private final ConcurrentMap<Long, CompletableFuture<Meeting>> starts = new ConcurrentHashMap<>();

    /** Records this start of the room, unless one is under way here already: then that one. */
    public Optional<CompletableFuture<Meeting>> begin(long roomId, CompletableFuture<Meeting> mine) {
        return Optional.ofNullable(starts.putIfAbsent(roomId, mine));
    }

    /** This start is over, {@code mine} completed. */
    public void end(long roomId, CompletableFuture<Meeting> mine) {
        starts.remove(roomId, mine);
    }

    /** The outcome of the start under way; past the timeout, Fault Tolerance interrupts the wait. */
    @Timeout(WAIT_MILLIS)
    public Meeting outcome(CompletableFuture<Meeting> first) {
        try {
            return first.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException refusal ? refusal : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            // the timeout's interrupt, not to be kept: the request goes on to answer the user
            throw new MeetingStarting();
        }
    }
}

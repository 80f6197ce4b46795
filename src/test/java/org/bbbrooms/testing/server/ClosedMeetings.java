package org.bbbrooms.testing.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bbbrooms.room.MeetingClosed;

/**
 * Lets an in-container test wait for a meeting's close (by BBB's end callback, say) as an event rather than by
 * polling: the future completes once the closing transaction has committed.
 * <p>Use: {@code closed.of(bbbMeetingId).get(15, TimeUnit.SECONDS)}, asked for before the close is triggered or
 * after; either way it completes.
 */
@ApplicationScoped
public class ClosedMeetings {

    private final ConcurrentMap<String, CompletableFuture<MeetingClosed>> closes = new ConcurrentHashMap<>();

    public CompletableFuture<MeetingClosed> of(String bbbMeetingId) {
        return closes.computeIfAbsent(bbbMeetingId, id -> new CompletableFuture<>());
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingClosed closed) {
        of(closed.bbbMeetingId()).complete(closed);
    }
}

package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A room's open meeting and status as of now, reconciled with BBB on every look: a meeting that BBB no longer knows,
 * or that nobody joined within the grace period ({@code BBB_STALE_GRACE_SECONDS}, default 120), or whose create never
 * answered within it, is closed (STALE), so that it never blocks a teacher. BBB is asked through the status cache;
 * a room without an open meeting costs no BBB call.
 * <p>Use: {@code Look look = reconciler.look(room, budget);}
 */
@ApplicationScoped
public class MeetingReconciler {

    @Inject
    RoomStore store;

    @Inject
    RoomStatusCache statuses;

    @Inject
    RoomEvents events;

    @Inject
    @ConfigProperty(name = "BBB_STALE_GRACE_SECONDS", defaultValue = "120")
    long staleGraceSeconds;

    @Inject
    Clock clock = Clock.systemUTC();

    /** The open meeting (if any), its status, and the BBB user ids in it. */
    public record Look(Optional<Meeting> meeting, RoomStatus status, Set<String> userIds) {

        static Look closed() {
            return new Look(Optional.empty(), RoomStatus.notStarted(), Set.of());
        }
    }

    /** Starts asking BBB about the room's open meeting, so that several rooms' answers come in together. */
    public void prefetch(Room room) {
        store.openMeeting(room.getId()).filter(Meeting::isCreated)
                .ifPresent(meeting -> statuses.lookup(meeting.getBbbMeetingId()));
    }

    public Look look(Room room, StatusBudget budget) {
        Optional<Meeting> open = store.openMeeting(room.getId());
        if (open.isEmpty()) {
            return Look.closed();
        }
        Meeting meeting = open.get();
        boolean pastGrace = !clock.instant().isBefore(meeting.getOpenedAt().plus(Duration.ofSeconds(staleGraceSeconds)));
        if (!meeting.isCreated()) {
            return pastGrace ? closeStale(room, meeting) : new Look(open, RoomStatus.notStarted(), Set.of());
        }
        MeetingState state = statuses.observe(meeting.getBbbMeetingId(), budget.remaining());
        int max = meeting.getMaxParticipants();
        return switch (state.kind()) {
            case GONE -> closeStale(room, meeting);
            case WAITING -> pastGrace ? closeStale(room, meeting)
                    : new Look(open, RoomStatus.running(0, meeting.getOpenedAt(), max), Set.of());
            case RUNNING -> new Look(open, RoomStatus.running(state.participantCount(),
                    state.startTime().orElse(meeting.getOpenedAt()), max), state.userIds());
            case UNAVAILABLE -> new Look(open, RoomStatus.unavailable(meeting.getOpenedAt(), max), Set.of());
        };
    }

    /** Closes the meeting if it is still open, and tells the cache and the browsers. */
    public void closed(Room room, Meeting meeting, CloseReason reason) {
        store.close(meeting.getId(), reason, clock.instant()).ifPresent(done -> ended(room, done));
    }

    /** Tells the cache and the browsers that the meeting is over. */
    public void ended(Room room, Meeting meeting) {
        statuses.forget(meeting.getBbbMeetingId());
        events.ended(room);
    }

    private Look closeStale(Room room, Meeting meeting) {
        closed(room, meeting, CloseReason.STALE);
        return Look.closed();
    }
}

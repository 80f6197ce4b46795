package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.bbb.BbbFailedException;
import org.bbbrooms.bbb.BbbUnreachableException;
import org.bbbrooms.bbb.CreateMeetingResponse;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.settings.BbbConnection;

/**
 * Gives a room a created BBB meeting: the open one, or a new one. A new meeting is first inserted (committed), so
 * that of two concurrent starts the database lets one win and the other waits for the winner's meeting; then the
 * winner calls create, retried at most twice and only when BBB could not be reached. A create that fails closes the
 * meeting (FAILED) and ends in a clear {@link BusinessException}: {@code room.server.unreachable},
 * {@code room.server.badAnswer} or {@code room.server.refused} (with BBB's message key). A meeting that someone
 * ended while BBB was creating it is ended at BBB as well.
 * <p>Use: {@code Meeting meeting = launcher.meetingOf(room, actor, budget);}
 */
@ApplicationScoped
public class MeetingLauncher {

    private static final Logger LOG = Logger.getLogger(MeetingLauncher.class.getName());
    static final int MAX_RETRIES = 2;
    private static final int MAX_INSERTS = 3;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);
    private static final Duration POLL = Duration.ofMillis(100);
    /** How long a concurrent start waits for the winner's create, retries included. */
    static final Duration CREATE_WAIT = Duration.ofSeconds(20);

    @Inject
    RoomStore store;

    @Inject
    MeetingReconciler reconciler;

    @Inject
    RoomContexts contexts;

    @Inject
    MeetingRequests requests;

    @Inject
    BbbConnection connection;

    @Inject
    RoomStatusCache statuses;

    @Inject
    RoomEvents events;

    @Inject
    Clock clock = Clock.systemUTC();

    /** The pause before the first retry of a create (twice it before the second); tests shorten it. */
    Duration retryPause = RETRY_PAUSE;

    /** How often a concurrent start looks whether the winner's create has answered; tests shorten it. */
    Duration poll = POLL;

    public Meeting meetingOf(Room room, Actor actor, StatusBudget budget) {
        for (int attempt = 0; attempt < MAX_INSERTS; attempt++) {
            Optional<Meeting> open = reconciler.look(room, budget).meeting();
            if (open.isPresent()) {
                return whenCreated(open.get());
            }
            CallbackToken token = CallbackToken.random();
            Optional<Meeting> mine = store.insertMeeting(room.getId(), actor.userId(), contexts.plan(room), token,
                    clock.instant());
            if (mine.isPresent()) {
                return create(room, mine.get(), token);
            }
        }
        throw new BusinessException("room.start.busy");
    }

    private Meeting create(Room room, Meeting meeting, CallbackToken token) {
        try {
            CreateMeetingResponse created = withRetries(() -> connection.client()
                    .create(requests.create(room, meeting, token)));
            Meeting done = store.created(meeting.getId(), created.internalMeetingID(), created.createTime(),
                    clock.instant());
            if (!done.isOpen()) {
                connection.client().end(EndRequest.of(done.getBbbMeetingId()));
                throw new BusinessException("room.start.failed");
            }
            statuses.started(done.getBbbMeetingId());
            events.started(room);
            return done;
        } catch (RuntimeException e) {
            store.close(meeting.getId(), CloseReason.FAILED, clock.instant());
            statuses.forget(meeting.getBbbMeetingId());
            LOG.log(Level.WARNING, "Could not start a meeting in {0}: {1}", new Object[] {room, e.getMessage()});
            throw explained(e);
        }
    }

    private <T> T withRetries(Supplier<T> call) {
        for (int retry = 0;; retry++) {
            try {
                return call.get();
            } catch (BbbUnreachableException e) {
                if (retry >= MAX_RETRIES) {
                    throw e;
                }
                pause(retryPause.multipliedBy(retry + 1L));
            }
        }
    }

    /** The meeting once its create has answered, waiting for a concurrent start that is creating it. */
    private Meeting whenCreated(Meeting meeting) {
        Instant until = clock.instant().plus(CREATE_WAIT);
        Meeting current = meeting;
        while (current.isOpen() && !current.isCreated()) {
            if (clock.instant().isAfter(until)) {
                throw new BusinessException("room.start.busy");
            }
            pause(poll);
            current = store.meeting(current.getId()).orElseThrow();
        }
        if (!current.isOpen()) {
            throw new BusinessException("room.start.failed");
        }
        return current;
    }

    private static RuntimeException explained(RuntimeException e) {
        if (e instanceof BusinessException known) {
            return known;
        }
        if (e instanceof BbbUnreachableException) {
            return new BusinessException(e, "room.server.unreachable");
        }
        if (e instanceof BbbFailedException refused) {
            return new BusinessException(e, "room.server.refused", refused.messageKey());
        }
        return e instanceof BbbException ? new BusinessException(e, "room.server.badAnswer") : e;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(e, "room.start.busy");
        }
    }
}

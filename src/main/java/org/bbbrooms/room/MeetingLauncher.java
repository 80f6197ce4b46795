package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.bbb.CreateMeetingResponse;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.conference.BbbFailures;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.settings.options.EffectiveOptions;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Gives a room a created BBB meeting: the open one, or a new one. Of the starts of a room on this node, the first
 * does the work and the others share its outcome ({@link StartsInFlight}, for at most a short wait). The first inserts
 * the new meeting (committed), so that of two nodes' starts the database lets one win; the winner calls create, which
 * {@link MeetingCreator} retries when BBB could not be reached. The loser of another node's insert, and a second
 * start that the first one's create keeps waiting, get {@link MeetingStarting} at once instead of waiting for BBB:
 * the room's push brings them in. A create that fails closes the meeting (FAILED) and ends in a clear
 * {@link BusinessException}: {@code room.server.unreachable}, {@code room.server.badAnswer} or
 * {@code room.server.refused} (with BBB's message key). A meeting that someone ended while BBB was creating it is
 * ended at BBB as well. Just before create, {@link MeetingCreating} lets other features add presentations and
 * parameters. No request thread sleeps or polls here.
 * <p>Use: {@code Meeting meeting = launcher.meetingOf(room, actor, budget);}
 */
@ApplicationScoped
public class MeetingLauncher {

    private static final Logger LOG = Logger.getLogger(MeetingLauncher.class.getName());
    private static final int MAX_INSERTS = 3;

    @Inject
    RoomStore store;

    @Inject
    MeetingReconciler reconciler;

    @Inject
    RoomContexts contexts;

    @Inject
    MeetingRequests requests;

    @Inject
    MeetingCreator creator;

    @Inject
    StartsInFlight starts;

    @Inject
    BbbConnection connection;

    @Inject
    RoomStatusCache statuses;

    @Inject
    RoomEvents events;

    @Inject
    Event<MeetingCreating> creating;

    @Inject
    Clock clock = Clock.systemUTC();

    public Meeting meetingOf(Room room, Actor actor, StatusBudget budget) {
        CompletableFuture<Meeting> mine = new CompletableFuture<>();
        Optional<CompletableFuture<Meeting>> first = starts.begin(room.getId(), mine);
        if (first.isPresent()) {
            return outcomeOf(first.get());
        }
        try {
            Meeting meeting = launch(room, actor, budget);
            mine.complete(meeting);
            return meeting;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            starts.end(room.getId(), mine);
        }
    }

    private Meeting outcomeOf(CompletableFuture<Meeting> first) {
        try {
            return starts.outcome(first);
        } catch (TimeoutException e) {
            throw new MeetingStarting();
        }
    }

    private Meeting launch(Room room, Actor actor, StatusBudget budget) {
        EffectiveOptions options = contexts.options(room);
        for (int attempt = 0; attempt < MAX_INSERTS; attempt++) {
            Optional<Meeting> open = reconciler.look(room, budget).meeting();
            if (open.isPresent()) {
                return created(open.get());
            }
            CallbackToken token = CallbackToken.random();
            Optional<Meeting> mine = store.insertMeeting(room.getId(), actor.userId(), contexts.plan(room, options), token,
                    clock.instant());
            if (mine.isPresent()) {
                return create(room, mine.get(), token, options);
            }
        }
        throw new BusinessException("room.start.busy");
    }

    /** An open meeting, once created; one that is not yet is another node's start, which its push announces. */
    private static Meeting created(Meeting open) {
        if (!open.isCreated()) {
            throw new MeetingStarting();
        }
        return open;
    }

    private Meeting create(Room room, Meeting meeting, CallbackToken token, EffectiveOptions options) {
        try {
            MeetingCreating additions = new MeetingCreating(room, meeting);
            creating.fire(additions);
            CreateMeetingResponse created = creator.create(additions.applyTo(requests.create(room, meeting, token,
                    options)));
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

    private static RuntimeException explained(RuntimeException e) {
        return e instanceof BbbException failed ? BbbFailures.explainedByKey(failed, "room.server") : e;
    }
}

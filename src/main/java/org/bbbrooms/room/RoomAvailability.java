package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.settings.SettingsService;

/**
 * The room widgets' availability rule, apart from the page so that tests can ask it: conferences are available when
 * they are on and there is a server (or the sandbox) to talk to; otherwise every room shows
 * {@link RoomStatus.State#UNAVAILABLE}. A user waits for a room that has not started when they may not start it, or
 * when their Start found someone else starting it. Asks BBB nothing: the rooms' status comes from the status cache.
 * <p>Use: {@code if (availability.waiting(room, startPending)) show "waiting for the teacher";}
 */
@ApplicationScoped
public class RoomAvailability {

    @Inject
    SettingsService settings;

    @Inject
    BbbConnection connection;

    /** Whether rooms can be started at all: conferences on and a server (or the sandbox) to talk to. */
    public boolean available() {
        return settings.current().conferencesEnabled() && connection.target().isPresent();
    }

    /** The state the widget shows: the room's, or UNAVAILABLE when no server can be reached. */
    public RoomStatus.State state(RoomView room) {
        return available() ? room.status().state() : RoomStatus.State.UNAVAILABLE;
    }

    /**
     * Whether the user waits for the room: it has not started, and they may not start it or someone else is.
     *
     * @param startPending whether the user's Start found the meeting being started by someone else
     */
    public boolean waiting(RoomView room, boolean startPending) {
        return state(room) == RoomStatus.State.NOT_STARTED && (!room.may(RoomAction.START) || startPending);
    }
}

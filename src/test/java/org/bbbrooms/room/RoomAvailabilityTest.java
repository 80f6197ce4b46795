package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.room.RoomStatus.State;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.settings.SettingsServices;
import org.junit.jupiter.api.Test;

/**
 * The room widgets' availability rule without a page: what a room shows with conferences on and off, with and without
 * a server, and who waits for a room that has not started. Nothing here calls BBB.
 */
class RoomAvailabilityTest {

    private final SettingsServices settings = SettingsServices.of(Map.of(
            Setting.SERVER_URL, "https://bbb.example.org/bigbluebutton", Setting.SERVER_SECRET, "availability-secret"),
            Duration.ofSeconds(1), Duration.ofSeconds(1));
    private final RoomAvailability availability = new RoomAvailability();

    RoomAvailabilityTest() {
        availability.settings = settings.settings();
        availability.connection = settings.connection();
    }

    @Test
    void withAServerRoomsShowTheirOwnState() {
        assertTrue(availability.available());
        assertEquals(State.NOT_STARTED, availability.state(room(RoomStatus.notStarted())));
        assertEquals(State.RUNNING, availability.state(room(RoomStatus.running(3, Instant.EPOCH, 0))));
        assertEquals(State.FULL, availability.state(room(RoomStatus.running(3, Instant.EPOCH, 3))));
    }

    @Test
    void conferencesOffOrNoServerMakeEveryRoomUnavailable() {
        settings.set(Setting.CONFERENCES_ENABLED, "false");
        assertFalse(availability.available());
        assertEquals(State.UNAVAILABLE, availability.state(room(RoomStatus.running(3, Instant.EPOCH, 0))));

        settings.set(Setting.CONFERENCES_ENABLED, "true");
        settings.set(Setting.SERVER_URL, "");
        assertFalse(availability.available(), "no server, and the sandbox is off");
        assertEquals(State.UNAVAILABLE, availability.state(room(RoomStatus.notStarted())));
        assertFalse(availability.waiting(room(RoomStatus.notStarted(), RoomAction.VIEW), false), "nobody waits for an unavailable room");
    }

    @Test
    void whoMayNotStartWaitsAndSoDoesAStartThatFoundAnotherOne() {
        RoomStatus notStarted = RoomStatus.notStarted();
        assertTrue(availability.waiting(room(notStarted, RoomAction.VIEW), false), "a student waits for the teacher");
        assertFalse(availability.waiting(room(notStarted, RoomAction.VIEW, RoomAction.START), false),
                "a teacher starts");
        assertTrue(availability.waiting(room(notStarted, RoomAction.VIEW, RoomAction.START), true),
                "a teacher whose Start found a colleague's waits for it");
        assertFalse(availability.waiting(room(RoomStatus.running(1, Instant.EPOCH, 0), RoomAction.VIEW), false),
                "a running room is joined, not waited for");
    }

    private static RoomView room(RoomStatus status, RoomAction... allowed) {
        return new RoomView("room-1", "Maths", RoomType.COURSE, Set.of(allowed), status,
                URI.create("https://portal.example.org/room.xhtml?id=room-1"), "room-1", Optional.empty());
    }
}

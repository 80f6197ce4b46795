package org.bbbrooms.schedule;

import java.net.URI;
import java.util.List;

/**
 * One room's sessions as a user sees them: the room's public id, name and link, whether the user may manage its
 * timetable, and its sessions (cancelled ones included only where a feed needs them).
 * <p>Use: {@code for (RoomSession s : scheduled.sessions()) { ... scheduled.link() ... }}
 */
public record ScheduledRoom(String publicId, String name, URI link, boolean manages, List<RoomSession> sessions) implements java.io.Serializable {

    public ScheduledRoom {
        sessions = List.copyOf(sessions);
    }
}

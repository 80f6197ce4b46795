package org.bbbrooms.room;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.PlatformRole;

/**
 * Everything {@link RoomPolicy} needs to know about one user and one room, gathered by {@link RoomContexts}:
 * whether this kind of room is on ({@code enabled}), the user's role in the room's course, whether they are in its
 * group or own it, whether students may start their group's room, which platform roles see the platform room, and
 * whether a meeting is running.
 * <p>Use: {@code RoomPolicy.allowed(actor, facts)}.
 */
public record RoomFacts(RoomType type, boolean enabled, Optional<CourseRole> courseRole, boolean groupMember,
        boolean owner, boolean studentsMayStart, Set<PlatformRole> platformRoomRoles, boolean running) {

    public RoomFacts {
        Objects.requireNonNull(type);
        Objects.requireNonNull(courseRole);
        platformRoomRoles = Set.copyOf(platformRoomRoles);
    }

    /** The same facts with a meeting running or not. */
    public RoomFacts withRunning(boolean running) {
        return new RoomFacts(type, enabled, courseRole, groupMember, owner, studentsMayStart, platformRoomRoles,
                running);
    }
}

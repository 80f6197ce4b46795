package org.bbbrooms.room;

import java.util.Objects;
import java.util.Optional;

/**
 * The context a room belongs to, as stored in {@code room.context_key} ({@code COURSE:12}, {@code GROUP:40},
 * {@code PLATFORM}, {@code PERSONAL:7}); the column is unique, so each context has exactly one room.
 * <p>Use: {@code store.roomByContext(RoomKey.course(courseId))}.
 */
public record RoomKey(RoomType type, Optional<Long> contextId) {

    public RoomKey {
        Objects.requireNonNull(type);
        if (contextId.isPresent() == (type == RoomType.PLATFORM)) {
            throw new IllegalArgumentException("only the platform room has no context id");
        }
    }

    public static RoomKey course(long courseId) {
        return new RoomKey(RoomType.COURSE, Optional.of(courseId));
    }

    public static RoomKey group(long groupId) {
        return new RoomKey(RoomType.GROUP, Optional.of(groupId));
    }

    public static RoomKey platform() {
        return new RoomKey(RoomType.PLATFORM, Optional.empty());
    }

    public static RoomKey personal(long userId) {
        return new RoomKey(RoomType.PERSONAL, Optional.of(userId));
    }

    /** The value of {@code room.context_key}. */
    public String value() {
        return contextId.map(id -> type + ":" + id).orElse(type.name());
    }
}

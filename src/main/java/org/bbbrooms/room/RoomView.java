package org.bbbrooms.room;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A room as one user sees it now: what to call it, what they may do ({@link RoomAction}), its {@link RoomStatus},
 * the absolute link to share, the key its push messages carry ({@link RoomEvents}), and what became of the slides of
 * its open meeting ({@link SlidesNote}). Built by
 * {@link RoomService}, which has already checked that the user may see it.
 * <p>Use in a page: {@code rendered="#{room.may('START')}"}, {@code #{room.status().participantCount()}}.
 */
public record RoomView(String publicId, String name, RoomType type, Set<RoomAction> allowed, RoomStatus status,
        URI shareLink, String pushKey, Optional<SlidesNote> slidesNote) {

    public RoomView {
        Objects.requireNonNull(publicId);
        Objects.requireNonNull(status);
        allowed = Set.copyOf(allowed);
    }

    /** In EL the action is given by name, which EL turns into the enum: {@code #{room.may('JOIN')}}. */
    public boolean may(RoomAction action) {
        return allowed.contains(action);
    }
}

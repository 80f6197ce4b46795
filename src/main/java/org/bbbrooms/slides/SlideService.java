package org.bbbrooms.slides;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomService;

/**
 * Presentations for users: the slides of a room, for those who host it ({@code RoomPolicy.hosts}: its teachers,
 * admins, a personal room's owner), and the platform's, for admins. Each method checks that itself, so a forged form
 * gets the same answer as the page. Uploads are checked by content ({@link SlideCheck}) against the size cap
 * ({@link SlidesConfig}).
 * <p>Use: {@code slides.upload(actor, Optional.of(publicId), "week 1.pdf", bytes);} ({@code Optional.empty()} for
 * the platform's).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlideService {

    @Inject
    SlideStore store;

    @Inject
    RoomService rooms;

    @Inject
    SlidesConfig config;

    @Inject
    Clock clock = Clock.systemUTC();

    /** The slides of the room (by public id), or the platform's: default first. */
    public List<SlideView> list(Actor actor, Optional<String> room) {
        return store.of(owner(actor, room)).stream().map(SlideView::of).toList();
    }

    /** Checks the file by its content and keeps it; the first one becomes the default. */
    public SlideView upload(Actor actor, Optional<String> room, String fileName, byte[] content) {
        Optional<Long> owner = owner(actor, room);
        SlideKind kind = SlideCheck.kindOf(Optional.ofNullable(fileName).orElse(""), content, config.maxBytes());
        return SlideView.of(store.add(owner, shortened(fileName), kind, content, actor.userId(), clock.instant()));
    }

    public void makeDefault(Actor actor, Optional<String> room, long slideId) {
        store.makeDefault(owner(actor, room), slideId);
    }

    public void delete(Actor actor, Optional<String> room, long slideId) {
        store.remove(owner(actor, room), slideId);
    }

    /** The cap on a file's size, in MB, for the page to say. */
    public long maxMegabytes() {
        return config.maxBytes() / SlidesConfig.MB;
    }

    /** The room's id if the actor hosts it; empty (the platform's) for admins. */
    private Optional<Long> owner(Actor actor, Optional<String> room) {
        if (room.isPresent()) {
            return Optional.of(rooms.hostedRoom(actor, room.get())).map(Room::getId);
        }
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("slides.platform.denied");
        }
        return Optional.empty();
    }

    /** The name without any path a browser sent, cut to the column's length with its extension kept. */
    static String shortened(String fileName) {
        String name = fileName.replaceAll("^.*[/\\\\]", "").strip();
        if (name.length() <= Slide.NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        return name.substring(0, Slide.NAME_LENGTH - extension.length()) + extension;
    }
}

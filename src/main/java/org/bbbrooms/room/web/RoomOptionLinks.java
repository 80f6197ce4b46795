package org.bbbrooms.room.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bbbrooms.room.RoomContexts;
import org.bbbrooms.room.RoomStore;
import org.bbbrooms.room.RoomType;

/**
 * The links of the course settings page to each of the course's rooms' option pages (its course room and named
 * rooms, once they exist), read once per request.
 * <p>Use: {@code #{roomOptionLinks.of(course.id)}}.
 */
@Named
@RequestScoped
public class RoomOptionLinks {

    /** A room's name and public id. */
    public record Link(String name, String publicId) {
    }

    @Inject
    RoomStore rooms;

    @Inject
    RoomContexts contexts;

    private final Map<Long, List<Link>> links = new HashMap<>();

    public List<Link> of(long courseId) {
        return links.computeIfAbsent(courseId, id -> rooms.roomsOfCourse(id).stream()
                .filter(r -> r.getType() == RoomType.COURSE)
                .map(r -> new Link(contexts.name(r), r.getPublicId())).toList());
    }
}

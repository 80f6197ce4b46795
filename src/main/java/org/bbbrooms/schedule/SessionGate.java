package org.bbbrooms.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.bbbrooms.identity.Course;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.JoinAsked;

/**
 * Keeps a room with sessions closed outside their windows: {@code RoomService} asks before every start and join
 * ({@link JoinAsked}), and this refuses a student (a teacher too, when the course's timetable is strict) with
 * {@code session.closed} and the next window's opening in the user's time zone, or {@code session.over} when no
 * session comes any more. Rooms without sessions are not concerned.
 */
@ApplicationScoped
public class SessionGate {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    SessionService sessions;

    @Inject
    CalendarService calendars;

    void check(@Observes JoinAsked asked) {
        sessions.refusal(asked.room().getId(), asked.hosts(), asked.actor().isAdmin(),
                asked.room().getCourse().map(Course::getId)).ifPresent(closed -> {
                    var zone = calendars.zone(asked.actor());
                    throw closed.next().map(next -> new BusinessException("session.closed",
                                    WHEN.format(next.opens().atZone(zone)), zone.getId()))
                            .orElseGet(() -> new BusinessException("session.over"));
                });
    }
}

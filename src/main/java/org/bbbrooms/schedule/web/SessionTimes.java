package org.bbbrooms.schedule.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.Texts;
import org.bbbrooms.room.web.RoomsBacking;
import org.bbbrooms.schedule.CalendarService;
import org.bbbrooms.schedule.Occurrence;
import org.bbbrooms.schedule.SessionService;
import org.omnifaces.util.Faces;

/**
 * Session times as the user reads them, in their time zone and language ("Tuesday 10:00 (in 2 days)"), and the
 * next session of each room widget on the page: read once per request for all the page's rooms
 * ({@link SessionService#nextByRoom}), whatever the number of widgets.
 * <p>Use in a page: {@code #{sessionTimes.next(room.publicId())}}, {@code #{sessionTimes.when(occurrence)}}.
 */
@Named
@RequestScoped
public class SessionTimes {

    @Inject
    ActiveUser activeUser;

    @Inject
    CalendarService calendars;

    @Inject
    SessionService sessions;

    @Inject
    RoomsBacking roomsBacking;

    @Inject
    Clock clock = Clock.systemUTC();

    private ZoneId zone;
    private Map<String, Occurrence> next;

    /** "Next session: Tuesday 10:00 (in 2 days)" for a room of the page's widgets; empty without sessions. */
    public String next(String publicId) {
        if (next == null) {
            next = sessions.nextByRoom(roomsBacking.getRooms().stream().map(room -> room.publicId()).toList());
        }
        return Optional.ofNullable(next.get(publicId)).map(this::nextText).orElse("");
    }

    /** Whether the occurrence's window is open now. */
    public boolean open(Occurrence occurrence) {
        return occurrence.isOpenAt(clock.instant());
    }

    /** The occurrence's day and hours: "Tuesday 8 December 2026, 10:00–11:30". */
    public String when(Occurrence occurrence) {
        return Texts.format(locale(), "session.when", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale())
                .format(occurrence.start().atZone(zone())), hour(occurrence.start()), hour(occurrence.end()));
    }

    /** A moment's day and hour: "Tuesday 8 December 2026 10:00". */
    public String moment(Instant at) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", locale()).format(at.atZone(zone()));
    }

    /** The zone times are shown in. */
    public ZoneId zone() {
        if (zone == null) {
            zone = calendars.zone(activeUser.actor());
        }
        return zone;
    }

    private String nextText(Occurrence occurrence) {
        Instant now = clock.instant();
        if (occurrence.isOpenAt(now)) {
            return Texts.format(locale(), "session.next.open", day(occurrence.start()), hour(occurrence.start()));
        }
        Duration until = Duration.between(now, occurrence.start());
        String relative = until.toDays() >= 1 ? Texts.format(locale(), "session.in.days", until.toDays())
                : until.toHours() >= 1 ? Texts.format(locale(), "session.in.hours", until.toHours())
                : Texts.format(locale(), "session.in.minutes", Math.max(1, until.toMinutes()));
        return Texts.format(locale(), "session.next", day(occurrence.start()), hour(occurrence.start()), relative);
    }

    private String day(Instant at) {
        String pattern = Duration.between(clock.instant(), at).toDays() >= 6 ? "EEEE d MMMM" : "EEEE";
        return DateTimeFormatter.ofPattern(pattern, locale()).format(at.atZone(zone()));
    }

    private String hour(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm", locale()).format(at.atZone(zone()));
    }

    private static Locale locale() {
        return Faces.getLocale();
    }
}

package org.bbbrooms.schedule;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.ExceptionDates;
import biweekly.property.Status;
import biweekly.util.ICalDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * An iCalendar document (RFC 5545) of rooms' sessions, written with biweekly: one VEVENT per session with its
 * stable UID and SEQUENCE, DTSTART and DTEND in the session's own zone (with its VTIMEZONE, see
 * {@link ZoneDefinitions}), its weekly RRULE, an EXDATE per cancelled occurrence, STATUS:CANCELLED once deleted,
 * and the room's link as URL, LOCATION and DESCRIPTION; and per moved occurrence an overriding VEVENT of the same
 * UID and SEQUENCE whose RECURRENCE-ID is the start the rule gave it. Calendar apps that subscribe to it see moves and
 * cancellations by UID and sequence.
 * <p>Use: {@code String text = IcsFeed.write("Mathematics", rooms, clock.instant());}
 */
public final class IcsFeed {

    /** What the feed asks calendar apps to wait between two reads. */
    static final biweekly.util.Duration REFRESH = biweekly.util.Duration.builder().hours(1).build();

    private IcsFeed() {
    }

    public static String write(String name, List<ScheduledRoom> rooms, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//bbb-rooms//Timetable//EN");
        calendar.setName(name);
        calendar.setRefreshInterval(REFRESH);
        TimezoneInfo zones = calendar.getTimezoneInfo();
        Map<ZoneId, TimezoneAssignment> assigned = new HashMap<>();
        for (ScheduledRoom room : rooms) {
            for (RoomSession session : room.sessions()) {
                SessionPlan plan = session.plan();
                TimezoneAssignment zone = assigned.computeIfAbsent(plan.zone(),
                        id -> new TimezoneAssignment(TimeZone.getTimeZone(id), ZoneDefinitions.of(id)));
                calendar.addEvent(series(room, session, plan, zone, zones, now));
                plan.moved().entrySet().stream().filter(move -> !plan.skipped().contains(move.getKey()))
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(move -> plan.plannedOn(move.getKey()).ifPresent(planned -> calendar.addEvent(
                                override(room, session, plan, planned, move.getValue(), zone, zones, now))));
            }
        }
        return Biweekly.write(calendar).go();
    }

    private static VEvent series(ScheduledRoom room, RoomSession session, SessionPlan plan, TimezoneAssignment zone,
            TimezoneInfo zones, Instant now) {
        VEvent event = event(room, session, plan.start(), plan, zone, zones, now);
        plan.recurrence().ifPresent(event::setRecurrenceRule);
        if (!plan.skipped().isEmpty()) {
            ExceptionDates skipped = new ExceptionDates();
            plan.skipped().stream().sorted().map(day -> skippedStart(plan, day))
                    .forEach(start -> skipped.getValues().add(new ICalDate(Date.from(start), true)));
            event.addExceptionDates(skipped);
            zones.setTimezone(skipped, zone);
        }
        return event;
    }

    /** One occurrence moved from the start its rule gave it: an event of the series' UID that overrides it. */
    private static VEvent override(ScheduledRoom room, RoomSession session, SessionPlan plan, Instant planned,
            Instant start, TimezoneAssignment zone, TimezoneInfo zones, Instant now) {
        VEvent event = event(room, session, start, plan, zone, zones, now);
        zones.setTimezone(event.setRecurrenceId(Date.from(planned)), zone);
        return event;
    }

    /** What the series and its overrides share, starting then. */
    private static VEvent event(ScheduledRoom room, RoomSession session, Instant start, SessionPlan plan,
            TimezoneAssignment zone, TimezoneInfo zones, Instant now) {
        VEvent event = new VEvent();
        event.setUid(session.getUid());
        event.setSequence(session.getSequence());
        event.setDateTimeStamp(Date.from(now));
        event.setLastModified(Date.from(session.getUpdatedAt()));
        event.setSummary(session.getTitle() + " · " + room.name());
        event.setUrl(room.link().toString());
        event.setLocation(room.link().toString());
        event.setDescription(room.name() + "\n" + room.link());
        zones.setTimezone(event.setDateStart(Date.from(start), true), zone);
        zones.setTimezone(event.setDateEnd(Date.from(start.plus(plan.length())), true), zone);
        event.setStatus(session.isCancelled() ? Status.cancelled() : Status.confirmed());
        return event;
    }

    /** The start that the occurrence of a cancelled day had: the session's local time on that day. */
    private static Instant skippedStart(SessionPlan plan, LocalDate day) {
        return day.atTime(plan.start().atZone(plan.zone()).toLocalTime()).atZone(plan.zone()).toInstant();
    }
}

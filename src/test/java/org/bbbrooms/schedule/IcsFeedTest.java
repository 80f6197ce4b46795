package org.bbbrooms.schedule;

import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.bbbrooms.room.Room;
import org.junit.jupiter.api.Test;

/**
 * The iCalendar feed: it validates as RFC 5545 (biweekly's validator, no warning), parses back with the same UIDs,
 * sequence numbers and room link, and a calendar app that expands it with its VTIMEZONE, RRULE and EXDATE finds
 * exactly the occurrences the portal computes, across a daylight-saving change and with a cancelled week; a change
 * raises the sequence and a deleted session is cancelled, under the same UID; a moved occurrence is an overriding
 * VEVENT (same UID, RECURRENCE-ID the planned start) that the app puts in place of the planned one.
 */
class IcsFeedTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private static final URI LINK = URI.create("https://portal.example/room.xhtml?id=abc123");

    @Test
    void theFeedValidatesAndACalendarAppExpandsItToThePortalsOccurrences() {
        RoomSession weekly = session(new SessionForm("Lecture", LocalDate.of(2027, 3, 16), LocalTime.of(10, 0), PARIS,
                90, 10, 10, Set.of(TUESDAY), Optional.empty(), Optional.of(6)));
        weekly.skip(LocalDate.of(2027, 3, 30), true, NOW);
        RoomSession once = session(new SessionForm("Exam", LocalDate.of(2027, 4, 2), LocalTime.of(14, 0),
                ZoneId.of("America/New_York"), 120, 0, 0, Set.of(), Optional.empty(), Optional.empty()));

        String text = IcsFeed.write("Mathematics", List.of(room(weekly, once)), NOW);
        ICalendar parsed = Biweekly.parse(text).first();

        ValidationWarnings warnings = parsed.validate(ICalVersion.V2_0);
        assertTrue(warnings.isEmpty(), () -> warnings.toString() + "\n" + text);
        assertEquals(2, parsed.getTimezoneInfo().getComponents().size(), "one VTIMEZONE per zone used");
        VEvent lecture = event(parsed, weekly.getUid());
        assertEquals(LINK.toString(), lecture.getUrl().getValue());
        assertEquals("Lecture · Mathematics", lecture.getSummary().getValue());
        assertEquals(1, lecture.getSequence().getValue(), "cancelling a week changed the event once");
        assertTrue(text.contains("DTSTART;TZID=Europe/Paris:20270316T100000"), "the local hour, in its zone");
        assertTrue(text.contains("EXDATE;TZID=Europe/Paris:20270330T100000"), text);

        List<Instant> expanded = new ArrayList<>();
        TimeZone fromFeed = parsed.getTimezoneInfo().getTimezone(lecture.getDateStart()).getTimeZone();
        assertTrue(fromFeed instanceof biweekly.io.ICalTimeZone, "the zone is the feed's VTIMEZONE, read back");
        DateIterator dates = lecture.getDateIterator(fromFeed);
        dates.forEachRemaining(date -> expanded.add(date.toInstant()));
        List<Instant> portal = weekly.plan().between(NOW, Instant.MAX, 10).stream().filter(o -> !o.cancelled())
                .map(Occurrence::start).toList();
        assertEquals(portal, expanded, "the app finds what the portal computes (summer time began on 28 March)");
        assertEquals(5, expanded.size(), "six weeks less the cancelled one");
        assertEquals(once.plan().start(),
                event(parsed, once.getUid()).getDateStart().getValue().toInstant());
    }

    @Test
    void aMoveRaisesTheSequenceAndADeletionCancelsTheSameEvent() {
        SessionForm form = new SessionForm("Lecture", LocalDate.of(2027, 3, 16), LocalTime.of(10, 0), PARIS, 90, 10,
                10, Set.of(TUESDAY), Optional.empty(), Optional.empty());
        RoomSession session = session(form);
        session.apply(new SessionForm("Lecture", LocalDate.of(2027, 3, 16), LocalTime.of(11, 0), PARIS, 90, 10, 10,
                Set.of(TUESDAY), Optional.empty(), Optional.empty()), NOW);
        VEvent moved = event(Biweekly.parse(IcsFeed.write("x", List.of(room(session)), NOW)).first(),
                session.getUid());
        assertEquals(1, moved.getSequence().getValue());
        assertEquals("CONFIRMED", moved.getStatus().getValue());
        session.apply(new SessionForm("Lecture (room B)", LocalDate.of(2027, 3, 16), LocalTime.of(11, 0), PARIS,
                90, 10, 10, Set.of(TUESDAY), Optional.empty(), Optional.empty()), NOW);
        assertEquals(1, session.getSequence(), "a new title alone is no reschedule");
        session.cancel(NOW);
        VEvent cancelled = event(Biweekly.parse(IcsFeed.write("x", List.of(room(session)), NOW)).first(),
                session.getUid());
        assertEquals("CANCELLED", cancelled.getStatus().getValue());
        assertNotEquals(moved.getSequence().getValue(), cancelled.getSequence().getValue());
    }

    @Test
    void aMovedOccurrenceIsAnOverrideOfTheSameEventThatACalendarAppPutsInPlaceOfThePlannedOne() {
        RoomSession weekly = session(new SessionForm("Lecture", LocalDate.of(2027, 3, 16), LocalTime.of(10, 0), PARIS,
                90, 10, 10, Set.of(TUESDAY), Optional.empty(), Optional.of(6)));
        weekly.move(LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 24).atTime(14, 0).atZone(PARIS).toInstant(), NOW);
        weekly.move(LocalDate.of(2027, 4, 6), LocalDate.of(2027, 4, 6).atTime(8, 30).atZone(PARIS).toInstant(), NOW);
        weekly.skip(LocalDate.of(2027, 4, 13), true, NOW);

        String text = IcsFeed.write("Mathematics", List.of(room(weekly)), NOW);
        ICalendar parsed = Biweekly.parse(text).first();
        ValidationWarnings warnings = parsed.validate(ICalVersion.V2_0);
        assertTrue(warnings.isEmpty(), () -> warnings.toString() + "\n" + text);
        List<VEvent> events = parsed.getEvents();
        assertEquals(3, events.size(), "the series and its two moved occurrences");
        assertTrue(events.stream().allMatch(e -> e.getUid().getValue().equals(weekly.getUid())), "one UID");
        assertTrue(events.stream().allMatch(e -> e.getSequence().getValue() == 3), "moves and the cancellation");
        assertTrue(text.contains("RECURRENCE-ID;TZID=Europe/Paris:20270323T100000"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Paris:20270324T140000"), text);
        assertTrue(text.contains("RECURRENCE-ID;TZID=Europe/Paris:20270406T100000"), "after summer time began");

        VEvent series = events.stream().filter(e -> e.getRecurrenceId() == null).findFirst().orElseThrow();
        List<VEvent> overrides = events.stream().filter(e -> e.getRecurrenceId() != null).toList();
        TimeZone fromFeed = parsed.getTimezoneInfo().getTimezone(series.getDateStart()).getTimeZone();
        Set<Instant> replaced = overrides.stream().map(e -> e.getRecurrenceId().getValue().toInstant())
                .collect(Collectors.toSet());
        List<Instant> expanded = new ArrayList<>();
        series.getDateIterator(fromFeed).forEachRemaining(date -> {
            if (!replaced.contains(date.toInstant())) {
                expanded.add(date.toInstant());
            }
        });
        overrides.forEach(e -> expanded.add(e.getDateStart().getValue().toInstant()));
        expanded.sort(Comparator.naturalOrder());
        List<Instant> portal = weekly.plan().between(NOW, Instant.MAX, 10).stream().filter(o -> !o.cancelled())
                .map(Occurrence::start).toList();
        assertEquals(portal, expanded, "the app finds what the portal computes, moves in place of the planned times");
        assertEquals(5, expanded.size(), "six weeks less the cancelled one");
    }

    private static RoomSession session(SessionForm form) {
        return new RoomSession(Room.platform(), form, NOW);
    }

    private static ScheduledRoom room(RoomSession... sessions) {
        return new ScheduledRoom("abc123", "Mathematics", LINK, true, List.of(sessions));
    }

    private static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst().orElseThrow();
    }
}

package org.bbbrooms.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.Room;
import org.junit.jupiter.api.Test;

/**
 * Occurrences and join windows of sessions, as biweekly computes them from the stored rule: local hours kept across
 * daylight saving in both directions (and on both sides of the equator), month and year ends, counts, last days,
 * cancelled weeks, the window's edges, and single occurrences moved across a daylight-saving change.
 */
class SessionPlanTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

    @Test
    void aWeeklySessionKeepsItsLocalHourWhenParisSwitchesToSummerTimeAndBack() {
        SessionPlan plan = weekly(LocalDate.of(2027, 3, 16), LocalTime.of(10, 0), PARIS, Set.of(TUESDAY),
                Optional.empty(), Optional.empty());
        List<Occurrence> spring = plan.between(instant("2027-03-15T00:00", PARIS), instant("2027-04-07T00:00", PARIS),
                10);
        assertEquals(List.of("2027-03-16T10:00", "2027-03-23T10:00", "2027-03-30T10:00", "2027-04-06T10:00"),
                local(spring, PARIS), "summer time began on 28 March 2027");
        assertEquals(Duration.ofDays(7).minusHours(1), Duration.between(spring.get(1).start(), spring.get(2).start()),
                "the week across the change is an hour shorter in UTC");
        List<Occurrence> autumn = plan.between(instant("2027-10-25T00:00", PARIS), instant("2027-11-03T00:00", PARIS),
                10);
        assertEquals(List.of("2027-10-26T10:00", "2027-11-02T10:00"), local(autumn, PARIS),
                "winter time began on 31 October 2027");
        assertEquals(Duration.ofDays(7).plusHours(1), Duration.between(autumn.get(0).start(), autumn.get(1).start()));
    }

    @Test
    void theSouthernHemisphereChangesTheOtherWayRound() {
        SessionPlan plan = weekly(LocalDate.of(2027, 3, 29), LocalTime.of(18, 30), SYDNEY, Set.of(MONDAY),
                Optional.empty(), Optional.of(3));
        List<Occurrence> three = plan.between(plan.start(), Instant.MAX, 10);
        assertEquals(List.of("2027-03-29T18:30", "2027-04-05T18:30", "2027-04-12T18:30"), local(three, SYDNEY),
                "Sydney left summer time on 4 April");
        assertEquals(List.of("2027-03-29T07:30", "2027-04-05T08:30", "2027-04-12T08:30"),
                local(three, ZoneId.of("UTC")));
    }

    @Test
    void aCountEndsTheSeriesAndCountsEveryChosenDay() {
        SessionPlan plan = weekly(LocalDate.of(2027, 1, 26), LocalTime.of(9, 0), PARIS, Set.of(TUESDAY, THURSDAY),
                Optional.empty(), Optional.of(5));
        assertEquals(List.of("2027-01-26T09:00", "2027-01-28T09:00", "2027-02-02T09:00", "2027-02-04T09:00",
                "2027-02-09T09:00"), local(plan.between(plan.start(), Instant.MAX, 50), PARIS));
    }

    @Test
    void theLastDayIsIncludedWhateverTheHourAndMonthAndYearEndsAreCrossed() {
        SessionPlan plan = weekly(LocalDate.of(2027, 12, 24), LocalTime.of(23, 30), NEW_YORK, Set.of(FRIDAY),
                Optional.of(LocalDate.of(2028, 1, 7)), Optional.empty());
        assertEquals(List.of("2027-12-24T23:30", "2027-12-31T23:30", "2028-01-07T23:30"),
                local(plan.between(plan.start(), Instant.MAX, 50), NEW_YORK),
                "23:30 in New York is already the next day in UTC, and the last day still counts");
    }

    @Test
    void aRecurringSessionStartsOnTheFirstChosenDayFromTheDayGivenAcrossAMonthEnd() {
        SessionForm form = new SessionForm("Seminar", LocalDate.of(2027, 2, 26), LocalTime.of(14, 0), PARIS, 60, 10,
                5, Set.of(MONDAY), Optional.empty(), Optional.of(2));
        assertEquals(List.of("2027-03-01T14:00", "2027-03-08T14:00"),
                local(form.plan().between(form.plan().start(), Instant.MAX, 10), PARIS),
                "26 February 2027 is a Friday: the first Monday is 1 March");
    }

    @Test
    void aCancelledWeekIsMarkedAndTheNextSessionSkipsIt() {
        SessionPlan plan = weekly(LocalDate.of(2027, 5, 4), LocalTime.of(10, 0), PARIS, Set.of(TUESDAY),
                Optional.empty(), Optional.empty()).withSkipped(Set.of(LocalDate.of(2027, 5, 11)));
        List<Occurrence> three = plan.between(plan.start(), Instant.MAX, 3);
        assertEquals(List.of(false, true, false), three.stream().map(Occurrence::cancelled).toList());
        Instant afterFirst = instant("2027-05-04T12:00", PARIS);
        assertEquals("2027-05-18T10:00", local(List.of(plan.next(afterFirst).orElseThrow()), PARIS).get(0));
    }

    @Test
    void theWindowOpensMinutesBeforeTheStartAndClosesMinutesAfterTheEnd() {
        SessionPlan plan = SessionPlan.once(instant("2027-06-01T10:00", PARIS), PARIS, Duration.ofMinutes(90),
                Duration.ofMinutes(15), Duration.ofMinutes(10));
        assertTrue(plan.openAt(instant("2027-06-01T09:44", PARIS)).isEmpty(), "16 minutes before: closed");
        assertTrue(plan.openAt(instant("2027-06-01T09:45", PARIS)).isPresent(), "15 minutes before: open");
        assertTrue(plan.openAt(instant("2027-06-01T11:39", PARIS)).isPresent(), "9 minutes after the end: open");
        assertTrue(plan.openAt(instant("2027-06-01T11:40", PARIS)).isEmpty(), "10 minutes after the end: closed");
        assertEquals(plan.start(), plan.next(instant("2027-06-01T11:00", PARIS)).orElseThrow().start(),
                "a running session is the next one until its window closes");
        assertFalse(plan.next(instant("2027-06-01T11:40", PARIS)).isPresent(), "a one-off session is then over");
    }

    @Test
    void aCancelledOccurrenceOpensNoWindow() {
        SessionPlan plan = weekly(LocalDate.of(2027, 5, 4), LocalTime.of(10, 0), PARIS, Set.of(TUESDAY),
                Optional.empty(), Optional.empty()).withSkipped(Set.of(LocalDate.of(2027, 5, 4)));
        assertTrue(plan.openAt(instant("2027-05-04T10:05", PARIS)).isEmpty());
        assertTrue(plan.openAt(instant("2027-05-11T10:05", PARIS)).isPresent());
    }

    @Test
    void aFirstStartThatTheClocksSkipIsRefusedAndOneThatComesTwiceIsTheLaterOne() {
        SessionForm gap = new SessionForm("Night", LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), PARIS, 60, 0, 0,
                Set.of(DayOfWeek.SUNDAY), Optional.empty(), Optional.of(2));
        assertEquals("session.start.gap", assertThrows(BusinessException.class, gap::plan).key(),
                "2:30 does not exist in Paris on 28 March 2027");
        SessionPlan twice = weekly(LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), PARIS, Set.of(DayOfWeek.SUNDAY),
                Optional.empty(), Optional.of(2));
        assertEquals(List.of("2027-10-31T01:30", "2027-11-07T01:30"),
                local(twice.between(twice.start(), Instant.MAX, 5), ZoneId.of("UTC")),
                "2:30 comes twice on 31 October: the stored start is the occurrence the engine computes");
    }

    @Test
    void formsThatCannotBeRightAreRefusedWithAReason() {
        assertEquals("session.end.both", assertThrows(BusinessException.class, () -> new SessionForm("x",
                LocalDate.of(2027, 1, 1), LocalTime.NOON, PARIS, 60, 0, 0, Set.of(MONDAY),
                Optional.of(LocalDate.of(2027, 2, 1)), Optional.of(3))).key());
        assertEquals("session.title.invalid", assertThrows(BusinessException.class, () -> new SessionForm(" ",
                LocalDate.of(2027, 1, 1), LocalTime.NOON, PARIS, 60, 0, 0, Set.of(), null, null)).key());
        assertEquals("session.length.invalid", assertThrows(BusinessException.class, () -> new SessionForm("x",
                LocalDate.of(2027, 1, 1), LocalTime.NOON, PARIS, 0, 0, 0, Set.of(), null, null)).key());
        assertEquals("session.until.beforeStart", assertThrows(BusinessException.class, () -> new SessionForm("x",
                LocalDate.of(2027, 1, 1), LocalTime.NOON, PARIS, 60, 0, 0, Set.of(MONDAY),
                Optional.of(LocalDate.of(2026, 12, 31)), null)).key());
    }

    @Test
    void aMovedOccurrenceKeepsItsNewTimeAcrossDaylightSavingWhileTheSeriesKeepsItsLocalHour() {
        RoomSession session = new RoomSession(Room.platform(), new SessionForm("Lecture", LocalDate.of(2027, 3, 16),
                LocalTime.of(10, 0), PARIS, 60, 10, 10, Set.of(TUESDAY), Optional.empty(), Optional.empty()), NOW);
        session.move(LocalDate.of(2027, 3, 23), instant("2027-03-24T14:00", PARIS), NOW);
        session.move(LocalDate.of(2027, 3, 30), instant("2027-03-30T08:00", PARIS), NOW);
        assertEquals(2, session.getSequence(), "each move changes the calendar event");
        SessionPlan plan = session.plan();
        List<Occurrence> spring = plan.between(instant("2027-03-15T00:00", PARIS), instant("2027-04-07T00:00", PARIS),
                10);
        assertEquals(List.of("2027-03-16T10:00", "2027-03-24T14:00", "2027-03-30T08:00", "2027-04-06T10:00"),
                local(spring, PARIS), "moved on both sides of 28 March; the others stay at 10:00 local time");
        assertEquals(List.of(false, true, true, false), spring.stream().map(Occurrence::moved).toList());
        assertEquals(instant("2027-03-23T10:00", PARIS), spring.get(1).planned());

        assertTrue(plan.openAt(instant("2027-03-24T13:50", PARIS)).isPresent(), "the window follows the move");
        assertTrue(plan.openAt(instant("2027-03-23T10:00", PARIS)).isEmpty(), "nothing left at the planned time");
        assertEquals(instant("2027-03-24T14:00", PARIS), plan.next(instant("2027-03-23T12:00", PARIS)).orElseThrow()
                .start(), "moved past the planned day, it is still the next one");
        assertEquals(instant("2027-03-30T07:50", PARIS), plan.between(instant("2027-03-30T07:00", PARIS),
                instant("2027-03-30T12:00", PARIS), 1).get(0).opens(), "the 30 March window opens at 07:50, not 09:50");

        session.skip(LocalDate.of(2027, 3, 23), true, NOW);
        assertTrue(session.plan().between(instant("2027-03-24T00:00", PARIS), instant("2027-03-25T00:00", PARIS), 5)
                .get(0).cancelled(), "a moved occurrence is cancelled by its planned day");
        session.move(LocalDate.of(2027, 3, 30), instant("2027-03-30T10:00", PARIS), NOW);
        assertFalse(session.plan().between(instant("2027-03-30T00:00", PARIS), instant("2027-03-31T00:00", PARIS), 5)
                .get(0).moved(), "its planned time puts it back");
        assertEquals("session.move.none", assertThrows(BusinessException.class, () -> session.move(
                LocalDate.of(2027, 3, 25), instant("2027-03-25T10:00", PARIS), NOW)).key(), "no session that day");

        session.apply(new SessionForm("Lecture", LocalDate.of(2027, 3, 16), LocalTime.of(10, 0), PARIS, 60, 10, 10,
                Set.of(TUESDAY), Optional.empty(), Optional.of(1)), NOW);
        assertEquals(Set.of(), session.plan().moved().keySet(), "a series cut short forgets the moves it lost");
    }

    @Test
    void aOneOffSessionIsChangedAsAWholeNotMoved() {
        RoomSession once = new RoomSession(Room.platform(), new SessionForm("Exam", LocalDate.of(2027, 4, 2),
                LocalTime.of(14, 0), PARIS, 60, 0, 0, Set.of(), Optional.empty(), Optional.empty()), NOW);
        assertEquals("session.move.none", assertThrows(BusinessException.class, () -> once.move(
                LocalDate.of(2027, 4, 2), instant("2027-04-02T15:00", PARIS), NOW)).key());
    }

    private static SessionPlan weekly(LocalDate day, LocalTime time, ZoneId zone, Set<DayOfWeek> days,
            Optional<LocalDate> until, Optional<Integer> count) {
        return new SessionForm("Lecture", day, time, zone, 60, 10, 10, days, until, count).plan();
    }

    private static Instant instant(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static List<String> local(List<Occurrence> occurrences, ZoneId zone) {
        return occurrences.stream().map(o -> o.start().atZone(zone).toLocalDateTime().toString()).toList();
    }
}

package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.bbbrooms.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** Time in meetings as the union of intervals, and report periods in a time zone, across midnight and DST. */
class IntervalsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Interval at(String from, String to) {
        return new Interval(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void overlappingIntervalsCountOnce() {
        List<Interval> twoDevices = List.of(at("2025-03-10T10:00:00Z", "2025-03-10T10:30:00Z"),
                at("2025-03-10T10:20:00Z", "2025-03-10T10:50:00Z"),
                at("2025-03-10T10:25:00Z", "2025-03-10T10:26:00Z"));
        assertEquals(Duration.ofMinutes(50), Intervals.union(twoDevices));
        assertEquals(List.of(at("2025-03-10T10:00:00Z", "2025-03-10T10:50:00Z")), Intervals.merged(twoDevices));
    }

    @Test
    void reJoinsAreSeparateIntervalsAndTheGapDoesNotCount() {
        List<Interval> reJoined = List.of(at("2025-03-10T10:20:00Z", "2025-03-10T10:30:00Z"),
                at("2025-03-10T10:00:00Z", "2025-03-10T10:10:00Z"));
        assertEquals(Duration.ofMinutes(20), Intervals.union(reJoined));
        assertEquals(2, Intervals.merged(reJoined).size());
        List<Interval> touching = List.of(at("2025-03-10T10:00:00Z", "2025-03-10T10:10:00Z"),
                at("2025-03-10T10:10:00Z", "2025-03-10T10:15:00Z"));
        assertEquals(List.of(at("2025-03-10T10:00:00Z", "2025-03-10T10:15:00Z")), Intervals.merged(touching));
        assertEquals(Duration.ZERO, Intervals.union(List.of()));
        assertThrows(IllegalArgumentException.class, () -> at("2025-03-10T10:10:00Z", "2025-03-10T10:00:00Z"));
    }

    @Test
    void aMeetingAcrossMidnightCountsWholeAndBelongsToTheDayAndWeekItStarted() {
        Instant sundayNight = LocalDate.of(2025, 3, 23).atTime(23, 30).atZone(PARIS).toInstant();
        Instant mondayMorning = LocalDate.of(2025, 3, 24).atTime(0, 45).atZone(PARIS).toInstant();
        assertEquals(Duration.ofMinutes(75), Intervals.union(List.of(new Interval(sundayNight, mondayMorning))));
        ReportPeriod sunday = new ReportPeriod(LocalDate.of(2025, 3, 23), LocalDate.of(2025, 3, 23), PARIS);
        assertEquals(true, !sundayNight.isBefore(sunday.start()) && sundayNight.isBefore(sunday.end()));
        assertEquals(LocalDate.of(2025, 3, 17), sunday.weekOf(sundayNight), "Sunday is the end of the ISO week");
        assertEquals(LocalDate.of(2025, 3, 24), sunday.weekOf(mondayMorning));
    }

    @Test
    void periodsBeginAtMidnightInThePortalsTimeZoneAcrossTheChangeToSummerTime() {
        ReportPeriod march = new ReportPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), PARIS);
        assertEquals(Instant.parse("2025-02-28T23:00:00Z"), march.start(), "midnight in winter time, UTC+1");
        assertEquals(Instant.parse("2025-03-31T22:00:00Z"), march.end(), "midnight in summer time, UTC+2");
        Instant halfPastMidnightApril1st = Instant.parse("2025-03-31T22:30:00Z");
        ReportPeriod marchUtc = new ReportPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), ZoneOffset.UTC);
        assertEquals(false, halfPastMidnightApril1st.isBefore(march.end()), "April already in Paris");
        assertEquals(true, halfPastMidnightApril1st.isBefore(marchUtc.end()), "still March in UTC");
        assertEquals(List.of(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 31)), march.weeks());
    }

    @Test
    void theCurrentMonthIsTheZonesMonthAndPeriodsMustMakeSense() {
        Clock newYearsEveUtc = Clock.fixed(Instant.parse("2024-12-31T23:30:00Z"), ZoneOffset.UTC);
        ReportPeriod inParis = ReportPeriod.currentMonth(newYearsEveUtc, PARIS);
        assertEquals(LocalDate.of(2025, 1, 1), inParis.from(), "already January in Paris");
        assertEquals(LocalDate.of(2025, 1, 31), inParis.to());
        assertEquals(LocalDate.of(2024, 12, 1), ReportPeriod.currentMonth(newYearsEveUtc, ZoneOffset.UTC).from());
        assertEquals("report.period.reversed", assertThrows(BusinessException.class,
                () -> new ReportPeriod(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), PARIS)).key());
        assertEquals("report.period.tooLong", assertThrows(BusinessException.class,
                () -> new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), PARIS)).key());
    }
}

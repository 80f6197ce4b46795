package org.bbbrooms.attendance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bbbrooms.platform.BusinessException;

/**
 * The days a report covers, from {@code from} to {@code to} inclusive, in the portal's time zone: a meeting belongs
 * to the day (and week) it started on there, even when it runs past midnight. Weeks start on Monday (ISO).
 * <p>Use: {@code ReportPeriod month = ReportPeriod.currentMonth(clock, zone);
 * query.setParameter("from", month.start()).setParameter("until", month.end());}
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** The longest period a report covers: beyond, the weekly chart and exports would grow without bound. */
    public static final int MAX_DAYS = 3 * 366;

    public ReportPeriod {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(zone);
        if (to.isBefore(from)) {
            throw new BusinessException("report.period.reversed");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BusinessException("report.period.tooLong", MAX_DAYS / 366);
        }
    }

    public static ReportPeriod currentMonth(Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new ReportPeriod(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()), zone);
    }

    /** The first instant of the period: midnight at the start of {@code from}, there. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period: midnight at the end of {@code to}, there. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The Monday of the week in which this instant falls, there. */
    public LocalDate weekOf(Instant instant) {
        return monday(instant.atZone(zone).toLocalDate());
    }

    /** The Mondays of every week the period touches, in order. */
    public List<LocalDate> weeks() {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

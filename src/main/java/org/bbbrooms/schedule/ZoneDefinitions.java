package org.bbbrooms.schedule;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The VTIMEZONE of a region (RFC 5545 3.6.5), written from the JDK's own time-zone rules: its current yearly
 * daylight-saving changes as STANDARD and DAYLIGHT observances with yearly rules, or one STANDARD observance for a
 * zone without them. Calendar apps need it to keep a recurring event at its local hour; nothing is downloaded.
 * <p>Use: {@code new TimezoneAssignment(TimeZone.getTimeZone(zone), ZoneDefinitions.of(zone))}
 */
final class ZoneDefinitions {

    /** The year the observances start from; only later dates matter to the feeds. */
    private static final int SINCE = 2000;

    private ZoneDefinitions() {
    }

    static VTimezone of(ZoneId zone) {
        VTimezone definition = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset now = rules.getOffset(java.time.Instant.now());
            StandardTime standard = new StandardTime();
            standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            standard.setTimezoneOffsetFrom(offset(now));
            standard.setTimezoneOffsetTo(offset(now));
            definition.addStandardTime(standard);
            return definition;
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition change = rule.createTransition(SINCE);
            boolean daylight = change.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
            LocalDateTime at = change.getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(at.getYear(), at.getMonthValue(), at.getDayOfMonth(),
                    at.getHour(), at.getMinute(), at.getSecond(), false));
            observance.setTimezoneOffsetFrom(offset(change.getOffsetBefore()));
            observance.setTimezoneOffsetTo(offset(change.getOffsetAfter()));
            observance.setRecurrenceRule(yearlyRule(rule));
            if (daylight) {
                definition.addDaylightSavingsTime((DaylightSavingsTime) observance);
            } else {
                definition.addStandardTime((StandardTime) observance);
            }
        }
        return definition;
    }

    /**
     * The rule's day as RRULE parts: a fixed day of the month, or a week day on or after a day (BYDAY with the seven
     * month days it may fall on) or on or before the last days (negative month days).
     */
    private static Recurrence yearlyRule(ZoneOffsetTransitionRule rule) {
        Recurrence.Builder builder = new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return builder.byMonthDay(day).build();
        }
        builder.byDay(biweekly.util.DayOfWeek.valueOf(rule.getDayOfWeek().name()));
        List<Integer> days = day > 0 ? IntStream.range(day, day + 7).boxed().toList()
                : IntStream.rangeClosed(day - 6, day).boxed().toList();
        return builder.byMonthDay(days).build();
    }

    private static UtcOffset offset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}

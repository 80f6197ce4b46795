package org.bbbrooms.schedule;

import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * When a session happens, as a rule: its first start and the time zone it was planned in, its length, its join
 * window, and for a recurring one the week days, the last day or the number of occurrences, the days cancelled and
 * the occurrences moved (by the day the rule gives them, in the session's zone, to their new start). Occurrences
 * are computed by biweekly's RFC 5545 recurrence engine in the session's zone, so a weekly 10:00 stays 10:00 local
 * time across daylight-saving changes; a moved one is at its new instant, and the rest of the series is unchanged;
 * the same rule goes into the calendar feeds.
 * <p>Use: {@code plan.next(clock.instant()).ifPresent(o -> show(o.start()));}
 */
public record SessionPlan(Instant start, ZoneId zone, Duration length, Duration opensBefore, Duration closesAfter,
        Set<DayOfWeek> days, Optional<LocalDate> until, Optional<Integer> count, Set<LocalDate> skipped,
        Map<LocalDate, Instant> moved) {

    /** More occurrences than any list or feed asks for: a guard against an endless rule. */
    static final int MAX_OCCURRENCES = 2000;

    public SessionPlan {
        Objects.requireNonNull(start);
        Objects.requireNonNull(zone);
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        skipped = Set.copyOf(skipped);
        moved = Map.copyOf(moved);
    }

    /** A one-off session. */
    public static SessionPlan once(Instant start, ZoneId zone, Duration length, Duration opensBefore,
            Duration closesAfter) {
        return new SessionPlan(start, zone, length, opensBefore, closesAfter, Set.of(), Optional.empty(),
                Optional.empty(), Set.of(), Map.of());
    }

    /** The same rule with other days cancelled. */
    public SessionPlan withSkipped(Set<LocalDate> days) {
        return new SessionPlan(start, zone, length, opensBefore, closesAfter, this.days, until, count, days, moved);
    }

    public boolean recurring() {
        return !days.isEmpty();
    }

    /** The weekly rule of a recurring session (UNTIL is the end of the last day, in UTC as RFC 5545 wants). */
    public Optional<Recurrence> recurrence() {
        if (!recurring()) {
            return Optional.empty();
        }
        Recurrence.Builder rule = new Recurrence.Builder(Frequency.WEEKLY).byDay(days.stream()
                .map(SessionPlan::weekDay).toList());
        until.ifPresent(day -> rule.until(Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant()),
                true));
        count.ifPresent(rule::count);
        return Optional.of(rule.build());
    }

    /** The occurrences that overlap [from, to), cancelled and moved ones included, in order; at most {@code max}. */
    public List<Occurrence> between(Instant from, Instant to, int max) {
        List<Occurrence> found = new ArrayList<>();
        for (Instant at : planned(from, to, (int) Math.min(Integer.MAX_VALUE, (long) max + moved.size()))) {
            if (!moved.containsKey(dayOf(at))) {
                found.add(occurrence(at, at));
            }
        }
        moved.forEach((day, at) -> plannedOn(day).map(planned -> occurrence(planned, at))
                .filter(o -> o.closes().isAfter(from) && o.opens().isBefore(to)).ifPresent(found::add));
        found.sort(Comparator.comparing(Occurrence::start));
        return found.size() > max ? new ArrayList<>(found.subList(0, Math.max(0, max))) : found;
    }

    /** The start the rule gives on that day (in the session's zone), moves aside, if it has one there. */
    public Optional<Instant> plannedOn(LocalDate day) {
        Instant candidate = day.atTime(start.atZone(zone).toLocalTime()).atZone(zone).toInstant();
        Instant windowStart = candidate.minus(opensBefore);
        return planned(windowStart, windowStart.plusNanos(1), 3).stream().filter(candidate::equals).findFirst();
    }

    /** The starts the rule gives, moves aside, whose window overlaps [from, to), in order; at most {@code max}. */
    private List<Instant> planned(Instant from, Instant to, int max) {
        List<Instant> found = new ArrayList<>();
        Instant earliestStart = from.minus(length).minus(closesAfter);
        if (!recurring()) {
            Occurrence only = occurrence(start, start);
            if (only.closes().isAfter(from) && only.opens().isBefore(to) && max > 0) {
                found.add(start);
            }
            return found;
        }
        DateIterator starts = recurrence().orElseThrow().getDateIterator(Date.from(start), TimeZone.getTimeZone(zone));
        if (earliestStart.isAfter(start)) {
            starts.advanceTo(Date.from(earliestStart));
        }
        int seen = 0;
        while (starts.hasNext() && found.size() < max && seen++ < MAX_OCCURRENCES) {
            Instant at = starts.next().toInstant();
            Occurrence next = occurrence(at, at);
            if (!next.opens().isBefore(to)) {
                break;
            }
            if (next.closes().isAfter(from)) {
                found.add(next.start());
            }
        }
        return found;
    }

    /** The first occurrence not cancelled whose window has not closed yet: the one that is open, or the next. */
    public Optional<Occurrence> next(Instant now) {
        Instant from = now;
        for (int tries = 0; tries < MAX_OCCURRENCES / 50; tries++) {
            List<Occurrence> batch = between(from, Instant.MAX, 50);
            Optional<Occurrence> open = batch.stream().filter(o -> !o.cancelled()).findFirst();
            if (open.isPresent() || batch.size() < 50) {
                return open;
            }
            from = batch.get(batch.size() - 1).closes();
        }
        return Optional.empty();
    }

    /** The occurrence whose window holds this instant, if any. */
    public Optional<Occurrence> openAt(Instant now) {
        return between(now, now.plusNanos(1), 3).stream().filter(o -> o.isOpenAt(now)).findFirst();
    }

    /** The day of an occurrence in the session's zone, by which it is cancelled. */
    public LocalDate dayOf(Instant occurrenceStart) {
        return occurrenceStart.atZone(zone).toLocalDate();
    }

    /** The first start on or after the given local day and time that falls on one of the days (or that day). */
    public static ZonedDateTime firstStart(ZonedDateTime wanted, Set<DayOfWeek> days) {
        ZonedDateTime first = wanted;
        while (!days.isEmpty() && !days.contains(first.getDayOfWeek())) {
            first = first.plusDays(1);
        }
        return first;
    }

    /** The occurrence the rule planned at {@code planned}, held at {@code at} (the same unless moved). */
    private Occurrence occurrence(Instant planned, Instant at) {
        Instant end = at.plus(length);
        return new Occurrence(at, end, at.minus(opensBefore), end.plus(closesAfter), skipped.contains(dayOf(planned)),
                planned);
    }

    private static biweekly.util.DayOfWeek weekDay(DayOfWeek day) {
        return biweekly.util.DayOfWeek.valueOf(day.name());
    }
}

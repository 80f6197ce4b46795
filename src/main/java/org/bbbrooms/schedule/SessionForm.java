package org.bbbrooms.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.platform.BusinessException;

/**
 * A session as a teacher enters it: a title, the first day and the local time in a time zone, how long it lasts,
 * how many minutes before the start its window opens and after the end it closes; for a recurring session the
 * week days and at most one end (a last day or a number of occurrences). Checked on construction, with
 * {@link BusinessException}s that say what to fix.
 * <p>Use: {@code sessions.add(actor, roomPublicId, new SessionForm("Lecture", day, LocalTime.of(10, 0), zone, 90,
 * 10, 15, Set.of(TUESDAY), Optional.empty(), Optional.of(12)));}
 */
public record SessionForm(String title, LocalDate day, LocalTime time, ZoneId zone, int lengthMinutes,
        int opensBefore, int closesAfter, Set<DayOfWeek> days, Optional<LocalDate> until, Optional<Integer> count) {

    /** A day has 1440 minutes; a session, a window margin or a count beyond these is a typing error. */
    static final int MAX_LENGTH = 24 * 60;
    static final int MAX_MARGIN = 12 * 60;
    static final int MAX_COUNT = 500;

    public SessionForm {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > RoomSession.TITLE_LENGTH) {
            throw new BusinessException("session.title.invalid", RoomSession.TITLE_LENGTH);
        }
        if (day == null || time == null || zone == null) {
            throw new BusinessException("session.start.required");
        }
        if (lengthMinutes < 1 || lengthMinutes > MAX_LENGTH) {
            throw new BusinessException("session.length.invalid", MAX_LENGTH);
        }
        if (opensBefore < 0 || opensBefore > MAX_MARGIN || closesAfter < 0 || closesAfter > MAX_MARGIN) {
            throw new BusinessException("session.margin.invalid", MAX_MARGIN);
        }
        days = days == null ? Set.of() : Set.copyOf(days);
        until = until == null ? Optional.empty() : until;
        count = count == null ? Optional.empty() : count;
        if (!days.isEmpty() && until.isPresent() && count.isPresent()) {
            throw new BusinessException("session.end.both");
        }
        if (until.filter(last -> last.isBefore(day)).isPresent()) {
            throw new BusinessException("session.until.beforeStart");
        }
        if (count.filter(n -> n < 1 || n > MAX_COUNT).isPresent()) {
            throw new BusinessException("session.count.invalid", MAX_COUNT);
        }
    }

    /**
     * The rule: a recurring session starts on the first of its week days from the chosen day, at the chosen local
     * time. A first start that the clocks skip is refused ({@code session.start.gap}): stored as an instant, it
     * would move the whole series by an hour. A time that comes twice (when the clocks go back) is the later one,
     * as biweekly's engine reads local times.
     */
    public SessionPlan plan() {
        Set<DayOfWeek> weekly = days;
        var first = SessionPlan.firstStart(day.atTime(time).atZone(zone), weekly).withLaterOffsetAtOverlap();
        if (!first.toLocalTime().equals(time)) {
            throw new BusinessException("session.start.gap");
        }
        return new SessionPlan(first.toInstant(), zone, Duration.ofMinutes(lengthMinutes),
                Duration.ofMinutes(opensBefore), Duration.ofMinutes(closesAfter), weekly,
                weekly.isEmpty() ? Optional.empty() : until, weekly.isEmpty() ? Optional.empty() : count, Set.of(),
                Map.of());
    }
}

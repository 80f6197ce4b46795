package org.bbbrooms.schedule.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.Texts;
import org.bbbrooms.schedule.CalendarService;
import org.bbbrooms.schedule.Occurrence;
import org.bbbrooms.schedule.RoomSession;
import org.bbbrooms.schedule.ScheduledRoom;
import org.bbbrooms.schedule.SessionForm;
import org.bbbrooms.schedule.SessionPlan;
import org.bbbrooms.schedule.SessionService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs sessions.xhtml, a room's timetable: everyone who may see the room reads its sessions and their next
 * occurrences; its hosts add, change and delete sessions, cancel or restore single occurrences and move one
 * occurrence of a recurring session to another time (all POSTs, which {@link SessionService} checks again). Times are entered and shown in the user's zone.
 */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many coming occurrences each session lists. */
    static final int SHOWN = 6;

    @Inject
    ActiveUser activeUser;

    @Inject
    SessionService sessions;

    @Inject
    CalendarService calendars;

    @Inject
    Clock clock = Clock.systemUTC();

    private String room;
    private ScheduledRoom scheduled;
    private Long editing;
    private String title;
    private LocalDate day;
    private LocalTime time;
    private Integer length = 60;
    private Integer opensBefore = 10;
    private Integer closesAfter = 10;
    private boolean weekly;
    private List<String> days = new ArrayList<>();
    private LocalDate until;
    private Integer count;
    private Long movingSession;
    private LocalDate movingFrom;
    private Instant movingPlanned;
    private LocalDate moveDay;
    private LocalTime moveTime;

    public void load() {
        scheduled = sessions.ofRoom(activeUser.actor(), room);
    }

    public void save() {
        SessionForm form = new SessionForm(title, day, time, zone(), orZero(length), orZero(opensBefore),
                orZero(closesAfter), weekly ? weekDays() : EnumSet.noneOf(DayOfWeek.class), Optional.ofNullable(until),
                Optional.ofNullable(count));
        if (editing == null) {
            sessions.add(activeUser.actor(), room, form);
        } else {
            sessions.update(activeUser.actor(), editing, form);
        }
        Messages.addGlobalInfo(editing == null ? "session.added" : "session.saved");
        clear();
        load();
    }

    /** Fills the form with a session to change. */
    public void edit(RoomSession session) {
        SessionPlan plan = session.plan();
        ZonedDateTime start = plan.start().atZone(zone());
        editing = session.getId();
        title = session.getTitle();
        day = start.toLocalDate();
        time = start.toLocalTime();
        length = (int) plan.length().toMinutes();
        opensBefore = (int) plan.opensBefore().toMinutes();
        closesAfter = (int) plan.closesAfter().toMinutes();
        weekly = plan.recurring();
        days = plan.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.toCollection(ArrayList::new));
        until = plan.until().orElse(null);
        count = plan.count().orElse(null);
    }

    public void clear() {
        editing = null;
        title = null;
        day = null;
        time = null;
        length = 60;
        opensBefore = 10;
        closesAfter = 10;
        weekly = false;
        days = new ArrayList<>();
        until = null;
        count = null;
    }

    public void delete(RoomSession session) {
        sessions.delete(activeUser.actor(), session.getId());
        Messages.addGlobalInfo("session.deleted");
        load();
    }

    /** Cancels the occurrence, or restores it when it was cancelled. */
    public void toggle(RoomSession session, Occurrence occurrence) {
        sessions.skip(activeUser.actor(), session.getId(), session.plan().dayOf(occurrence.planned()),
                !occurrence.cancelled());
        Messages.addGlobalInfo(occurrence.cancelled() ? "session.restored" : "session.skipped");
        load();
    }

    /** Fills the move form with one occurrence, at its current time in the user's zone. */
    public void startMove(RoomSession session, Occurrence occurrence) {
        ZonedDateTime at = occurrence.start().atZone(zone());
        movingSession = session.getId();
        movingFrom = session.plan().dayOf(occurrence.planned());
        movingPlanned = occurrence.planned();
        moveDay = at.toLocalDate();
        moveTime = at.toLocalTime();
    }

    /** Moves the occurrence to the day and time entered (its planned time puts it back). */
    public void move() {
        sessions.move(activeUser.actor(), movingSession, movingFrom, moveDay.atTime(moveTime).atZone(zone())
                .toInstant());
        Messages.addGlobalInfo("session.move.done");
        cancelMove();
        load();
    }

    public void cancelMove() {
        movingSession = null;
        movingFrom = null;
        movingPlanned = null;
    }

    public boolean isMoving() {
        return movingSession != null;
    }

    /** When the occurrence being moved was planned, for the move form. */
    public Instant getMovingPlanned() {
        return movingPlanned;
    }

    public LocalDate getMoveDay() {
        return moveDay;
    }

    public void setMoveDay(LocalDate moveDay) {
        this.moveDay = moveDay;
    }

    public LocalTime getMoveTime() {
        return moveTime;
    }

    public void setMoveTime(LocalTime moveTime) {
        this.moveTime = moveTime;
    }

    /** The session's coming occurrences, cancelled ones included. */
    public List<Occurrence> coming(RoomSession session) {
        Instant now = clock.instant();
        return session.plan().between(now, Instant.MAX, SHOWN);
    }

    public List<DayOfWeek> getWeekDays() {
        return List.of(DayOfWeek.values());
    }

    /** The day's name in the user's language. */
    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Faces.getLocale());
    }

    /** "Weekly on Tuesday, Thursday" (and its end), or "Once", for the list. */
    public String rule(RoomSession session) {
        SessionPlan plan = session.plan();
        if (!plan.recurring()) {
            return Texts.format(Faces.getLocale(), "session.rule.once");
        }
        String on = plan.days().stream().sorted().map(this::dayName).collect(Collectors.joining(", "));
        return plan.until().map(last -> Texts.format(Faces.getLocale(), "session.rule.until", on, last.toString()))
                .or(() -> plan.count().map(n -> Texts.format(Faces.getLocale(), "session.rule.count", on, n)))
                .orElseGet(() -> Texts.format(Faces.getLocale(), "session.rule.weekly", on));
    }

    public ZoneId zone() {
        return calendars.zone(activeUser.actor());
    }

    public ScheduledRoom getScheduled() {
        return scheduled;
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The chosen week days; none chosen means the first day's. */
    private EnumSet<DayOfWeek> weekDays() {
        EnumSet<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(name -> chosen.add(DayOfWeek.valueOf(name)));
        if (chosen.isEmpty() && day != null) {
            chosen.add(day.getDayOfWeek());
        }
        return chosen;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Integer getLength() {
        return length;
    }

    public void setLength(Integer length) {
        this.length = length;
    }

    public Integer getOpensBefore() {
        return opensBefore;
    }

    public void setOpensBefore(Integer opensBefore) {
        this.opensBefore = opensBefore;
    }

    public Integer getClosesAfter() {
        return closesAfter;
    }

    public void setClosesAfter(Integer closesAfter) {
        this.closesAfter = closesAfter;
    }

    public boolean isWeekly() {
        return weekly;
    }

    public void setWeekly(boolean weekly) {
        this.weekly = weekly;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}

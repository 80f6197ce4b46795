package org.bbbrooms.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.platform.persistence.InstantConverter;
import org.bbbrooms.room.Room;

/**
 * A session on a room's timetable, stored as its rule ({@link SessionPlan}) rather than as occurrences. Its uid and
 * sequence number are those of its calendar event: every change of its times raises the sequence (a cancelled or
 * moved occurrence too), and a deleted session stays, cancelled, so that subscribed calendars withdraw it. A moved
 * occurrence is kept by the day its rule gives it; a change of the rule forgets the moves of days it no longer has.
 * <p>Use: {@code session.plan().next(clock.instant())}; {@link SessionService} changes it.
 */
@Entity
@Table(name = "room_session")
public class RoomSession extends BaseEntity {

    public static final int TITLE_LENGTH = 200;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false, updatable = false)
    private Room room;

    @Column(name = "uid", nullable = false, updatable = false, length = 64)
    private String uid;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "length_min", nullable = false)
    private int lengthMinutes;

    @Column(name = "opens_before", nullable = false)
    private int opensBefore;

    @Column(name = "closes_after", nullable = false)
    private int closesAfter;

    @Column(name = "week_days", length = 32)
    private String weekDays;

    @Column(name = "until_day")
    private LocalDate untilDay;

    @Column(name = "repeat_count")
    private Integer repeatCount;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_session_skip", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "skipped_day", nullable = false)
    private Set<LocalDate> skipped = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_session_move", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "moved_day")
    @Column(name = "starts_at", nullable = false)
    @Convert(converter = InstantConverter.class) // its autoApply does not reach a map's values
    private Map<LocalDate, Instant> moved = new HashMap<>();

    protected RoomSession() {
    }

    RoomSession(Room room, SessionForm form, Instant now) {
        this.room = room;
        this.uid = UUID.randomUUID() + "@bbb-rooms";
        apply(form, now);
        this.sequence = 0;
    }

    /** Takes the form's title and times; a change of times raises the sequence number. */
    void apply(SessionForm form, Instant now) {
        SessionPlan before = startsAt == null ? null : plan();
        this.title = form.title();
        SessionPlan plan = form.plan();
        this.startsAt = plan.start();
        this.timeZone = plan.zone().getId();
        this.lengthMinutes = (int) plan.length().toMinutes();
        this.opensBefore = (int) plan.opensBefore().toMinutes();
        this.closesAfter = (int) plan.closesAfter().toMinutes();
        this.weekDays = plan.days().isEmpty() ? null
                : plan.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.untilDay = plan.until().orElse(null);
        this.repeatCount = plan.count().orElse(null);
        if (before != null && !before.equals(plan().withSkipped(before.skipped()))) {
            sequence++;
            SessionPlan changed = plan();
            moved.keySet().removeIf(day -> changed.plannedOn(day).isEmpty());
        }
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        cancelled = true;
        sequence++;
        updatedAt = now;
    }

    /** Cancels (or restores) the occurrence of that day. */
    void skip(LocalDate day, boolean skip, Instant now) {
        if (skip ? skipped.add(day) : skipped.remove(day)) {
            sequence++;
            updatedAt = now;
        }
    }

    /**
     * Moves the occurrence that the rule gives on that day to another start, the rest of the series unchanged; its
     * own start puts it back. Only for a recurring session (a one-off one is changed as a whole).
     */
    void move(LocalDate day, Instant to, Instant now) {
        SessionPlan plan = plan();
        Instant planned = plan.plannedOn(day).filter(p -> plan.recurring())
                .orElseThrow(() -> new BusinessException("session.move.none"));
        boolean changed = planned.equals(to) ? moved.remove(day) != null : !to.equals(moved.put(day, to));
        if (changed) {
            sequence++;
            updatedAt = now;
        }
    }

    public SessionPlan plan() {
        Set<DayOfWeek> days = weekDays == null ? Set.of() : Arrays.stream(weekDays.split(","))
                .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new SessionPlan(startsAt, ZoneId.of(timeZone), Duration.ofMinutes(lengthMinutes),
                Duration.ofMinutes(opensBefore), Duration.ofMinutes(closesAfter), days, Optional.ofNullable(untilDay),
                Optional.ofNullable(repeatCount), skipped, moved);
    }

    public Room getRoom() {
        return room;
    }

    public String getUid() {
        return uid;
    }

    public String getTitle() {
        return title;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "RoomSession[" + uid + "]";
    }
}

package org.bbbrooms.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.room.Meeting;

/**
 * One interval of one person in one meeting: from a join to a leave. A re-join is a new interval, so a person's
 * time is the union of their intervals ({@link Intervals}). A portal user is recorded with their user; anybody else
 * (a shared link, a phone) by the name BBB gives, without a user, and flagged external; a guest of the room's guest
 * link is external too, by the name they typed, and flagged guest. An open interval (no leave yet) is closed once, by
 * the first source that learns of the leave.
 * <p>Use: {@code Attendance.of(meeting, user, "17", "Ada", false, now, JoinSource.PORTAL)}, later
 * {@code row.leave(at, LeaveSource.RETURN)}.
 */
@Entity
@Table(name = "attendance")
public class Attendance extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "user_id", updatable = false)
    private User user;

    @Column(name = "bbb_user_id", nullable = false, updatable = false, length = 255)
    private String bbbUserId;

    @Column(name = "full_name", nullable = false, updatable = false, length = 256)
    private String fullName;

    @Column(name = "moderator", nullable = false, updatable = false)
    private boolean moderator;

    @Column(name = "external_user", nullable = false, updatable = false)
    private boolean external;

    @Column(name = "guest", nullable = false, updatable = false)
    private boolean guest;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "join_source", nullable = false, updatable = false, length = 16)
    private JoinSource joinSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_source", length = 16)
    private LeaveSource leaveSource;

    protected Attendance() {
    }

    private Attendance(Meeting meeting, User user, String bbbUserId, String fullName, boolean moderator,
            Instant joinedAt, JoinSource source) {
        this.meeting = Objects.requireNonNull(meeting);
        this.user = user;
        this.bbbUserId = Objects.requireNonNull(bbbUserId);
        this.fullName = clip(fullName == null || fullName.isBlank() ? bbbUserId : fullName);
        this.moderator = moderator;
        this.external = user == null;
        this.joinedAt = Objects.requireNonNull(joinedAt);
        this.joinSource = Objects.requireNonNull(source);
    }

    /** An interval of a portal user ({@code user} present) or of an external attendee ({@code user} null). */
    public static Attendance of(Meeting meeting, User user, String bbbUserId, String fullName, boolean moderator,
            Instant joinedAt, JoinSource source) {
        return new Attendance(meeting, user, clip(bbbUserId), fullName, moderator, joinedAt, source);
    }

    /** An interval of a guest who came through the room's guest link. */
    public static Attendance ofGuest(Meeting meeting, String bbbUserId, String fullName, boolean moderator,
            Instant joinedAt, JoinSource source) {
        Attendance row = of(meeting, null, bbbUserId, fullName, moderator, joinedAt, source);
        row.guest = true;
        return row;
    }

    /** Ends the interval if it is open; a leave before the join is taken as the join (a zero-length interval). */
    public boolean leave(Instant at, LeaveSource source) {
        if (!isOpen()) {
            return false;
        }
        this.leftAt = at.isBefore(joinedAt) ? joinedAt : at;
        this.leaveSource = Objects.requireNonNull(source);
        return true;
    }

    /** The background sync found the attendee in BBB at this time. */
    public void seen(Instant at) {
        if (isOpen() && (seenAt == null || at.isAfter(seenAt))) {
            this.seenAt = at;
        }
    }

    /** The last time the attendee is known to have been in: when the sync last saw them, else the join. */
    public Instant lastKnownPresent() {
        return seenAt == null ? joinedAt : seenAt;
    }

    public boolean isOpen() {
        return leftAt == null;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Optional<User> getUser() {
        return Optional.ofNullable(user);
    }

    public String getBbbUserId() {
        return bbbUserId;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean isModerator() {
        return moderator;
    }

    public boolean isExternal() {
        return external;
    }

    public boolean isGuest() {
        return guest;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Optional<Instant> getSeenAt() {
        return Optional.ofNullable(seenAt);
    }

    public Optional<Instant> getLeftAt() {
        return Optional.ofNullable(leftAt);
    }

    public JoinSource getJoinSource() {
        return joinSource;
    }

    public Optional<LeaveSource> getLeaveSource() {
        return Optional.ofNullable(leaveSource);
    }

    private static String clip(String text) {
        return text.length() > 255 ? text.substring(0, 255) : text;
    }

    @Override
    public String toString() {
        return "Attendance[" + bbbUserId + ", " + joinedAt + " to " + (leftAt == null ? "now" : leftAt) + "]";
    }
}

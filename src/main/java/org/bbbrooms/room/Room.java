package org.bbbrooms.room;

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
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A conference room: the lasting place of a context (course, group, platform, user), where meetings are started
 * one after another. Its public id, random and used in URLs, is never the BBB meeting id. A room refers to exactly
 * what its type needs: a course room to its course, a group room to its group and that group's course, a personal
 * room to its owner, the platform room to nothing.
 * A course may also have named rooms ({@link #named}), course rooms with a name of their own.
 * <p>Use: {@code Room.ofCourse(course)}, {@code Room.personal(user)}; {@link RoomStore} creates them lazily.
 */
@Entity
@Table(name = "room")
public class Room extends BaseEntity {

    /** The longest name a named room may have. */
    public static final int NAME_LENGTH = 100;
    /** The longest welcome message of its own a named room may have, as sanitised HTML. */
    public static final int WELCOME_LENGTH = 4000;

    @Column(name = "public_id", nullable = false, updatable = false, length = 24)
    private String publicId;

    @Enumerated(EnumType.STRING)
    @Column(name = "room_type", nullable = false, updatable = false, length = 16)
    private RoomType type;

    @ManyToOne
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @ManyToOne
    @JoinColumn(name = "group_id", updatable = false)
    private CourseGroup group;

    @ManyToOne
    @JoinColumn(name = "owner_id", updatable = false)
    private User owner;

    @Column(name = "context_key", nullable = false, updatable = false, length = 64)
    private String contextKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "room_name", length = NAME_LENGTH)
    private String name;

    @Column(name = "list_position")
    private Integer position;

    @Column(name = "welcome", length = WELCOME_LENGTH)
    private String welcome;

    @Column(name = "breakout_groups", nullable = false)
    private boolean breakoutGroups;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected Room() {
    }

    private Room(RoomKey key, Course course, CourseGroup group, User owner) {
        this.publicId = RandomIds.publicId();
        this.type = key.type();
        this.course = course;
        this.group = group;
        this.owner = owner;
        this.contextKey = key.value();
        this.createdAt = Instant.now();
    }

    public static Room ofCourse(Course course) {
        return new Room(RoomKey.course(course.getId()), course, null, null);
    }

    public static Room ofGroup(CourseGroup group) {
        return new Room(RoomKey.group(group.getId()), group.getCourse(), group, null);
    }

    /**
     * A further room of the course, besides its course room ("Office hours"): a course room with a name, whose
     * context key adds its public id to the course's, so that a course has one unnamed room and any named ones.
     */
    public static Room named(Course course, String name) {
        Room room = new Room(RoomKey.course(course.getId()), course, null, null);
        room.contextKey = room.contextKey + ":" + room.publicId;
        room.name = name;
        return room;
    }

    public static Room platform() {
        return new Room(RoomKey.platform(), null, null, null);
    }

    public static Room personal(User owner) {
        return new Room(RoomKey.personal(owner.getId()), null, null, Objects.requireNonNull(owner));
    }

    public String getPublicId() {
        return publicId;
    }

    public RoomType getType() {
        return type;
    }

    /** The course of a course or group room. */
    public Optional<Course> getCourse() {
        return Optional.ofNullable(course);
    }

    public Optional<CourseGroup> getGroup() {
        return Optional.ofNullable(group);
    }

    public Optional<User> getOwner() {
        return Optional.ofNullable(owner);
    }

    /** The name of a named room; empty for every other room. */
    public Optional<String> getName() {
        return Optional.ofNullable(name);
    }

    /** A named room's welcome message of its own (sanitised HTML); empty: its course's. */
    public Optional<String> getWelcome() {
        return Optional.ofNullable(welcome);
    }

    /** Whether its meetings pre-assign BBB breakout rooms from the course's groups (BBB 2.7+). */
    public boolean isBreakoutGroups() {
        return breakoutGroups;
    }

    /** A named room's place in its course's list, lowest first (unset: after the placed ones, oldest first). */
    public Optional<Integer> getPosition() {
        return Optional.ofNullable(position);
    }

    /** Whether a teacher deleted this named room: it is no longer listed nor found by its public id. */
    public boolean isRemoved() {
        return removedAt != null;
    }

    void setWelcome(Optional<String> welcome) {
        this.welcome = welcome.filter(w -> !w.isBlank()).orElse(null);
    }

    void setBreakoutGroups(boolean breakoutGroups) {
        this.breakoutGroups = breakoutGroups;
    }

    void setPosition(int position) {
        this.position = position;
    }

    void remove(Instant now) {
        this.removedAt = now;
    }

    public String getContextKey() {
        return contextKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isOwnedBy(long userId) {
        return owner != null && owner.getId() == userId;
    }

    /** Whether the context still exists for users: an inactive course or group closes its rooms. */
    public boolean isContextActive() {
        return (course == null || course.isActive()) && (group == null || group.isActive())
                && (owner == null || owner.isActive());
    }

    @Override
    public String toString() {
        return "Room[" + contextKey + "]";
    }
}

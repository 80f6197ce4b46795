package org.bbbrooms.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A group of a course's members, for work in smaller rooms. Members must be enrolled in the course;
 * {@code GroupService} checks that before calling {@link #addMember(User)}.
 * <p>Use: {@code new CourseGroup(math, "Group A").addMember(alice)}.
 */
@Entity
@Table(name = "course_group")
public class CourseGroup extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotBlank(message = "{group.name.required}")
    @Size(max = 100, message = "{group.name.size}")
    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    /** The host portal's id of this group, for those that a host portal provisions; none for local ones. */
    @Column(name = "external_id", length = 128)
    private String externalId;

    @ManyToMany
    @JoinTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("displayName")
    private Set<User> members = new LinkedHashSet<>();

    protected CourseGroup() {
    }

    public CourseGroup(Course course, String name) {
        this.course = Objects.requireNonNull(course);
        setName(name);
    }

    public Course getCourse() {
        return course;
    }

    public String getName() {
        return name;
    }

    public final void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<User> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public boolean hasMember(User user) {
        return members.contains(user);
    }

    public CourseGroup addMember(User user) {
        members.add(Objects.requireNonNull(user));
        return this;
    }

    public void removeMember(User user) {
        members.remove(user);
    }

    public Optional<String> getExternalId() {
        return Optional.ofNullable(externalId);
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    @Override
    public String toString() {
        return "CourseGroup[" + name + " of " + course.getCode() + "]";
    }
}

package org.bbbrooms.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A user's place in a course, as teacher or student. An inactive enrollment grants nothing but keeps history.
 * <p>Use: {@code new Enrollment(alice, math, CourseRole.STUDENT)}.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotNull(message = "{enrollment.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "course_role", nullable = false, length = 16)
    private CourseRole role;

    @Column(nullable = false)
    private boolean active = true;

    protected Enrollment() {
    }

    public Enrollment(User user, Course course, CourseRole role) {
        this.user = Objects.requireNonNull(user);
        this.course = Objects.requireNonNull(course);
        this.role = role;
    }

    public User getUser() {
        return user;
    }

    public Course getCourse() {
        return course;
    }

    public CourseRole getRole() {
        return role;
    }

    public void setRole(CourseRole role) {
        this.role = role;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isTeacher() {
        return active && role == CourseRole.TEACHER;
    }

    @Override
    public String toString() {
        return "Enrollment[" + user.getUsername() + " in " + course.getCode() + " as " + role + "]";
    }
}

package org.bbbrooms.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.bbbrooms.platform.Html;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A course's own conference settings, edited by its teachers. A null value means "as the platform says"; the
 * welcome message is stored already sanitised.
 * <p>Use: through {@link CourseSettingsService}, which applies the platform's limits.
 */
@Entity
@Table(name = "course_room_settings")
public class CourseRoomSettings extends BaseEntity {

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Size(max = 4000, message = "{course.welcome.size}")
    @Column(name = "welcome_message", length = 4000)
    private String welcomeMessage;

    @Column(name = "record_meetings")
    private Boolean record;

    @Min(value = 0, message = "{course.maxParticipants.min}")
    @Column(name = "max_participants")
    private Integer maxParticipants;

    @Column(name = "group_rooms_enabled", nullable = false)
    private boolean groupRoomsEnabled = true;

    @Column(name = "students_start_groups")
    private Boolean studentsStartGroupRooms;

    protected CourseRoomSettings() {
    }

    public CourseRoomSettings(long courseId) {
        this.courseId = courseId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getWelcomeMessage() {
        return welcomeMessage;
    }

    public void setWelcomeMessage(String welcomeMessage) {
        String clean = Html.sanitize(welcomeMessage);
        this.welcomeMessage = clean.isEmpty() ? null : clean;
    }

    public Boolean getRecord() {
        return record;
    }

    public void setRecord(Boolean record) {
        this.record = record;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public boolean isGroupRoomsEnabled() {
        return groupRoomsEnabled;
    }

    public void setGroupRoomsEnabled(boolean groupRoomsEnabled) {
        this.groupRoomsEnabled = groupRoomsEnabled;
    }

    public Boolean getStudentsStartGroupRooms() {
        return studentsStartGroupRooms;
    }

    public void setStudentsStartGroupRooms(Boolean studentsStartGroupRooms) {
        this.studentsStartGroupRooms = studentsStartGroupRooms;
    }
}

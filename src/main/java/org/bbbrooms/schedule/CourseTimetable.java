package org.bbbrooms.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether a course's timetable is strict, binding its teachers to the session windows too (no row: not strict). */
@Entity
@Table(name = "course_timetable")
class CourseTimetable {

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "strict_times", nullable = false)
    private boolean strict;

    protected CourseTimetable() {
    }

    CourseTimetable(long courseId) {
        this.courseId = courseId;
    }

    boolean isStrict() {
        return strict;
    }

    void setStrict(boolean strict) {
        this.strict = strict;
    }
}

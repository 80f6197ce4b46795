package org.bbbrooms.lti.grades;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A closed meeting of a graded room whose scores are due: written when the meeting closes (and again when BBB's
 * analytics make its attendance exact), graded by the next background pass that claims it.
 */
@Entity
@Table(name = "lti_grade_meeting")
public class GradeMeeting {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "grading_id", nullable = false)
    private long gradingId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "graded_at")
    private Instant gradedAt;

    protected GradeMeeting() {
    }

    public GradeMeeting(long meetingId, long gradingId, Instant dueAt) {
        this.meetingId = meetingId;
        this.gradingId = gradingId;
        this.dueAt = dueAt;
    }

    void due(Instant at) {
        this.dueAt = at;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getGradingId() {
        return gradingId;
    }
}

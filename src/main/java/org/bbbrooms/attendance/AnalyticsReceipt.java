package org.bbbrooms.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.room.Meeting;

/**
 * That BBB's analytics callback was accepted for a meeting: from then on its attendance is exact, and another
 * callback for it is a replay (the meeting is unique here). Keeps the start and finish BBB reported.
 */
@Entity
@Table(name = "attendance_analytics")
public class AnalyticsReceipt extends BaseEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "started_at", updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", updatable = false)
    private Instant finishedAt;

    protected AnalyticsReceipt() {
    }

    public AnalyticsReceipt(Meeting meeting, Instant receivedAt, Optional<Instant> startedAt,
            Optional<Instant> finishedAt) {
        this.meeting = Objects.requireNonNull(meeting);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.startedAt = startedAt.orElse(null);
        this.finishedAt = finishedAt.orElse(null);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}

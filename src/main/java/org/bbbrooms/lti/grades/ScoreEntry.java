package org.bbbrooms.lti.grades;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One student's score of one meeting, in the outbox until the LMS has it: {@link Status#PENDING} (due at
 * {@code nextAttemptAt}, claimed by one node at a time), {@link Status#SENT}, or {@link Status#FAILED} (the LMS
 * refused it, or stayed down for every attempt), which the teacher sees. A later grading of the same meeting
 * replaces the score and sends it again.
 */
@Entity
@Table(name = "lti_score")
public class ScoreEntry extends BaseEntity {

    /** Where the score stands. */
    public enum Status { PENDING, SENT, FAILED }

    @ManyToOne(optional = false)
    @JoinColumn(name = "grading_id", nullable = false, updatable = false)
    private RoomGrading grading;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(nullable = false, updatable = false, length = 255)
    private String sub;

    @Column(name = "attended_seconds", nullable = false)
    private long attendedSeconds;

    @Column(name = "score_given", nullable = false)
    private int scoreGiven;

    @Column(name = "score_maximum", nullable = false)
    private int scoreMaximum;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected ScoreEntry() {
    }

    public ScoreEntry(RoomGrading grading, long meetingId, User user, String sub) {
        this.grading = grading;
        this.meetingId = meetingId;
        this.user = user;
        this.sub = sub;
    }

    /** A (new) score to send now. */
    void scored(Duration attended, int hundredths, Instant at) {
        this.attendedSeconds = attended.toSeconds();
        this.scoreGiven = hundredths;
        this.scoreMaximum = ScoreMath.MAXIMUM;
        this.scoredAt = at;
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = at;
        this.lastError = null;
    }

    void sent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
        this.attempts++;
        this.nextAttemptAt = null;
        this.claimedUntil = null;
        this.lastError = null;
    }

    /** A failed attempt: tried again at {@code next}, or given up when there is none. */
    void failed(String error, Optional<Instant> next) {
        this.attempts++;
        this.lastError = error.length() <= 500 ? error : error.substring(0, 500);
        this.status = next.isPresent() ? Status.PENDING : Status.FAILED;
        this.nextAttemptAt = next.orElse(null);
        this.claimedUntil = null;
    }

    /** A failed score tried again from the start, at the teacher's request. */
    void retry(Instant at) {
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = at;
    }

    public RoomGrading getGrading() {
        return grading;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public User getUser() {
        return user;
    }

    public String getSub() {
        return sub;
    }

    public Duration attended() {
        return Duration.ofSeconds(attendedSeconds);
    }

    /** The score given, in points. */
    public double scoreGiven() {
        return scoreGiven / 100.0;
    }

    public int getScoreMaximum() {
        return scoreMaximum;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }
}

package org.bbbrooms.lti.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The roster sync of one LMS context: when a node last claimed it ({@code startedAt}, moved by a conditional update
 * so that two nodes never sync the same context in one period), and how the last sync ended, for the teacher.
 */
@Entity
@Table(name = "lti_roster_run")
public class RosterRun {

    /** How a sync ended. */
    public enum Outcome { SYNCED, FAILED }

    @Id
    @Column(name = "context_id")
    private Long contextId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "synced_at")
    private Instant syncedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(nullable = false)
    private int members;

    @Column(length = 500)
    private String detail;

    protected RosterRun() {
    }

    public RosterRun(long contextId) {
        this.contextId = contextId;
    }

    void ended(Outcome outcome, int members, String detail, Instant at) {
        this.outcome = outcome;
        this.members = members;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.syncedAt = at;
    }

    public long getContextId() {
        return contextId;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getSyncedAt() {
        return Optional.ofNullable(syncedAt);
    }

    public Optional<Outcome> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    public int getMembers() {
        return members;
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }
}

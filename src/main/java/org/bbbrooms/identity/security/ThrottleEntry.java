package org.bbbrooms.identity.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins of one account name or one client address ({@link LoginThrottle}): how many in a row, the
 * last one, and until when further attempts are turned away.
 */
@Entity
@Table(name = "login_throttle")
public class ThrottleEntry {

    @Id
    @Column(name = "throttle_key", length = 120)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(nullable = false)
    private boolean locked;

    protected ThrottleEntry() {
    }

    ThrottleEntry(String key, Instant at) {
        this.key = key;
        this.lastFailure = at;
    }

    /** Counts a failure; a run of failures older than the window starts again from one. */
    int fail(Instant at, Duration window) {
        failures = lastFailure.plus(window).isBefore(at) ? 1 : failures + 1;
        lastFailure = at;
        return failures;
    }

    void block(Instant until, boolean lockout) {
        blockedUntil = until;
        locked = lockout;
    }

    Optional<Instant> blockedUntil() {
        return Optional.ofNullable(blockedUntil);
    }

    boolean isLocked() {
        return locked;
    }

    String key() {
        return key;
    }
}

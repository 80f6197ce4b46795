package org.bbbrooms.identity.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The failed attempts of one key ({@link LoginThrottle}: an account name or a client address; the room feature's
 * guest codes: a room or an address): how many in a row, the last one, and until when further attempts are turned
 * away. One table, so that every node sees the same counts.
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

    /** The longest a backoff grows. */
    public static final Duration LONGEST_BACKOFF = Duration.ofMinutes(15);

    protected ThrottleEntry() {
    }

    ThrottleEntry(String key, Instant at) {
        this.key = key;
        this.lastFailure = at;
    }

    /** Counts a failure; a run of failures older than the window starts again from one. */
    public int fail(Instant at, Duration window) {
        failures = lastFailure.plus(window).isBefore(at) ? 1 : failures + 1;
        lastFailure = at;
        return failures;
    }

    /** Until when any of the keys is turned away, if one is now. */
    public static Optional<Instant> blocked(EntityManager em, Instant now, String... keys) {
        return Stream.of(keys).map(key -> em.find(ThrottleEntry.class, key)).filter(entry -> entry != null)
                .flatMap(entry -> entry.blockedUntil().stream()).filter(until -> until.isAfter(now))
                .max(Instant::compareTo);
    }

    /** The entry of the key, made (and persisted) at its first failure. */
    public static ThrottleEntry of(EntityManager em, String key, Instant now) {
        ThrottleEntry entry = em.find(ThrottleEntry.class, key);
        if (entry == null) {
            entry = new ThrottleEntry(key, now);
            em.persist(entry);
        }
        return entry;
    }

    /** The wait after {@code beyondFree} failures past the free ones: 1 s, 2 s, 4 s... up to 15 minutes. */
    public static Duration backoff(int beyondFree) {
        Duration doubled = Duration.ofSeconds(1L << Math.min(beyondFree - 1, 20));
        return doubled.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : doubled;
    }

    public void block(Instant until, boolean lockout) {
        blockedUntil = until;
        locked = lockout;
    }

    /** Whether the key was blocked once and failed again within the window: a guesser's, not a forgetful user's. */
    boolean isGuessing(Instant now, Duration window) {
        return blockedUntil != null && failedWithin(now, window);
    }

    /** Whether the key's last failure is within the window. */
    boolean failedWithin(Instant now, Duration window) {
        return !lastFailure.plus(window).isBefore(now);
    }

    public Optional<Instant> blockedUntil() {
        return Optional.ofNullable(blockedUntil);
    }

    boolean isLocked() {
        return locked;
    }

    String key() {
        return key;
    }
}

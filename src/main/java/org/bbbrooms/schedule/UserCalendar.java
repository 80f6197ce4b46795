package org.bbbrooms.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * A user's calendar settings: the time zone they read times in (none: the platform's) and the digest of their
 * feed's secret (none until they ask for a feed). The secret itself is never stored.
 */
@Entity
@Table(name = "user_calendar")
class UserCalendar {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(name = "feed_digest", length = 64)
    private String feedDigest;

    protected UserCalendar() {
    }

    UserCalendar(long userId) {
        this.userId = userId;
    }

    long userId() {
        return userId;
    }

    Optional<String> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    void timeZone(String zone) {
        this.timeZone = zone;
    }

    boolean hasFeed() {
        return feedDigest != null;
    }

    void feedDigest(String digest) {
        this.feedDigest = digest;
    }

    @Override
    public String toString() {
        return "UserCalendar[" + userId + "]";
    }
}

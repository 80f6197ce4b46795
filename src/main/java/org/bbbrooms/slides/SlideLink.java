package org.bbbrooms.slides;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.room.Meeting;

/**
 * One download link handed to BBB with a meeting's create: the digest of its token (the token itself is only in the
 * URL), the meeting it works for, the slide it serves, until when, and when BBB used it, as it may once.
 */
@Entity
@Table(name = "presentation_link")
public class SlideLink extends BaseEntity {

    @Column(name = "token_digest", nullable = false, updatable = false, length = 64)
    private String tokenDigest;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "presentation_id", nullable = false, updatable = false)
    private Slide slide;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "fetched_at")
    private Instant fetchedAt;

    protected SlideLink() {
    }

    SlideLink(String tokenDigest, Meeting meeting, Slide slide, Instant expiresAt) {
        this.tokenDigest = tokenDigest;
        this.meeting = meeting;
        this.slide = slide;
        this.expiresAt = expiresAt;
    }

    Meeting getMeeting() {
        return meeting;
    }

    Slide getSlide() {
        return slide;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Optional<Instant> getFetchedAt() {
        return Optional.ofNullable(fetchedAt);
    }

    void fetched(Instant now) {
        this.fetchedAt = now;
    }
}

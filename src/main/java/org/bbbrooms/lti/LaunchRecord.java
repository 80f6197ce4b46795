package org.bbbrooms.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One launch, accepted or refused, as the admin page lists them per platform: when, the outcome, the reason of a
 * refusal (a {@code LaunchRefusal} name, or {@code OK}), the message type, and the user it signed in. A launch from
 * an unknown issuer has no platform, only the issuer it claimed.
 */
@Entity
@Table(name = "lti_launch")
public class LaunchRecord extends BaseEntity {

    /** Accepted or refused. */
    public enum Outcome { ACCEPTED, REFUSED }

    @ManyToOne
    @JoinColumn(name = "platform_id", updatable = false)
    private LtiPlatform platform;

    @Column(length = 255, updatable = false)
    private String issuer;

    @Column(name = "launched_at", nullable = false, updatable = false)
    private Instant launchedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Outcome outcome;

    @Column(nullable = false, updatable = false, length = 64)
    private String reason;

    @Column(name = "message_type", updatable = false, length = 40)
    private String messageType;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    protected LaunchRecord() {
    }

    public LaunchRecord(Optional<LtiPlatform> platform, String issuer, Instant at, Outcome outcome, String reason,
            Optional<String> messageType, Optional<Long> userId) {
        this.platform = platform.orElse(null);
        this.issuer = issuer == null || issuer.length() <= 255 ? issuer : issuer.substring(0, 255);
        this.launchedAt = at;
        this.outcome = outcome;
        this.reason = reason;
        this.messageType = messageType.filter(type -> type.length() <= 40).orElse(null);
        this.userId = userId.orElse(null);
    }

    public Optional<LtiPlatform> getPlatform() {
        return Optional.ofNullable(platform);
    }

    public Optional<String> getIssuer() {
        return Optional.ofNullable(issuer);
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public Optional<String> getMessageType() {
        return Optional.ofNullable(messageType);
    }

    public Optional<Long> getUserId() {
        return Optional.ofNullable(userId);
    }
}

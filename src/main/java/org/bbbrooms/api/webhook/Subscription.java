package org.bbbrooms.api.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A host portal's subscription: the URL that receives the events of the chosen types, signed with its secret. The
 * secret is kept sealed ({@code SecretBox}: deliveries are signed with it, so it cannot be a hash) and has no getter
 * a page could render: only the worker reads it ({@link #signingSecret()}), and it is in no {@code toString()}. It counts its failures in a row, so that
 * the {@link PauseRule} can pause it.
 * <p>Use: {@code new Subscription(url, description, types, secret, apiClientId, now)}; then
 * {@link #succeeded()}, {@link #failed}, {@link #pause}, {@link #resume}.
 */
@Entity
@Table(name = "webhook_subscription")
public class Subscription extends BaseEntity {

    @Column(name = "url", nullable = false, length = 2000, updatable = false)
    private String url;

    @Column(name = "description", length = 200)
    private String description;

    @Column(name = "event_types", nullable = false, length = 200)
    private String eventTypes;

    @Column(name = "secret", nullable = false, length = 255, updatable = false)
    private String secret;

    @Column(name = "api_client_id", updatable = false)
    private Long apiClientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SubscriptionStatus status;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Subscription() {
    }

    public Subscription(WebhookUrl url, String description, Set<EventType> types, String secret,
            Optional<Long> apiClientId, Instant now) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one event type");
        }
        this.url = url.value();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.eventTypes = types.stream().sorted().map(EventType::wireName).collect(Collectors.joining(","));
        this.secret = Objects.requireNonNull(secret);
        this.apiClientId = apiClientId.orElse(null);
        this.status = SubscriptionStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A 2xx answer: the run of failures is over. */
    public void succeeded() {
        consecutiveFailures = 0;
        failingSince = null;
    }

    /** A failed attempt at {@code now}; pauses the subscription when the rule says so, and then answers true. */
    public boolean failed(Instant now, PauseRule rule) {
        consecutiveFailures++;
        if (failingSince == null) {
            failingSince = now;
        }
        if (status == SubscriptionStatus.ACTIVE && rule.pauses(consecutiveFailures, getFailingSince(), now)) {
            pause(now);
            return true;
        }
        return false;
    }

    public void pause(Instant now) {
        status = SubscriptionStatus.PAUSED;
        pausedAt = now;
    }

    /** Sends again; the run of failures starts over. */
    public void resume() {
        status = SubscriptionStatus.ACTIVE;
        pausedAt = null;
        succeeded();
    }

    public boolean wants(EventType type) {
        return getEventTypes().contains(type);
    }

    public String getUrl() {
        return url;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public Set<EventType> getEventTypes() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(eventTypes.split(",")).map(EventType::byWireName).flatMap(Optional::stream).forEach(types::add);
        return types;
    }

    /** The sealed secret deliveries are signed with: for the worker only, never for display. */
    String signingSecret() {
        return secret;
    }

    public Optional<Long> getApiClientId() {
        return Optional.ofNullable(apiClientId);
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public boolean isPaused() {
        return status == SubscriptionStatus.PAUSED;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Optional<Instant> getFailingSince() {
        return Optional.ofNullable(failingSince);
    }

    public Optional<Instant> getPausedAt() {
        return Optional.ofNullable(pausedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Subscription[" + getId() + ", " + url + ", " + status + "]";
    }
}

package org.bbbrooms.api.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One event for one subscription, and how sending it went: due at {@code next_attempt_at}, retried with the
 * {@link Backoff} until {@code retry_until}, then failed. {@code claimed_until} is set by the node that is sending
 * it (see {@link WebhookStore#claim}), so that two nodes never send the same attempt. The last answer is kept, its
 * body cut to {@value #MAX_RESPONSE} characters.
 * <p>Use: {@code new Delivery(subscription, event, now)}; the worker then calls {@link #delivered} or
 * {@link #failed}.
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery extends BaseEntity {

    static final int MAX_RESPONSE = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private WebhookEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "retry_until", nullable = false)
    private Instant retryUntil;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_code")
    private Integer lastCode;

    @Column(name = "last_response", length = MAX_RESPONSE)
    private String lastResponse;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Delivery() {
    }

    public Delivery(Subscription subscription, WebhookEvent event, Instant now) {
        this.subscription = Objects.requireNonNull(subscription);
        this.event = Objects.requireNonNull(event);
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.retryUntil = now.plus(Backoff.WINDOW);
        this.createdAt = now;
    }

    /** The receiver answered 2xx. */
    public void delivered(int code, String response, Instant now) {
        attempted(code, response, now);
        status = DeliveryStatus.DELIVERED;
        nextAttemptAt = null;
    }

    /**
     * An attempt failed (a code other than 2xx, or none when the call itself failed): retried later, or failed for
     * good past the retry window.
     */
    public void failed(Optional<Integer> code, String response, Instant now, Backoff backoff) {
        attempted(code.orElse(null), response, now);
        Optional<Instant> next = backoff.next(attempts, now, retryUntil);
        status = next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
        nextAttemptAt = next.orElse(null);
    }

    /** Sends it again from now, with a new retry window (a failed one replayed, or a paused one resumed). */
    public void retryFrom(Instant now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        retryUntil = now.plus(Backoff.WINDOW);
        claimedUntil = null;
    }

    private void attempted(Integer code, String response, Instant now) {
        attempts++;
        lastAttemptAt = now;
        lastCode = code;
        lastResponse = truncated(response);
        claimedUntil = null;
    }

    static String truncated(String text) {
        return text == null || text.length() <= MAX_RESPONSE ? text : text.substring(0, MAX_RESPONSE - 1) + "…";
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public WebhookEvent getEvent() {
        return event;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<Instant> getNextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Instant getRetryUntil() {
        return retryUntil;
    }

    public Optional<Instant> getLastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<Integer> getLastCode() {
        return Optional.ofNullable(lastCode);
    }

    public Optional<String> getLastResponse() {
        return Optional.ofNullable(lastResponse);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Delivery[" + getId() + ", " + event + ", " + status + ", " + attempts + " attempts]";
    }
}

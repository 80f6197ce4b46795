package org.bbbrooms.api.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One event of the outbox, written in the transaction of the change it reports, with the exact JSON body every
 * delivery sends: its {@code id} (a random UUID, the same in every attempt, so that receivers drop duplicates),
 * {@code type}, {@code occurredAt} and {@code data}. Its dedupe key names the fact ({@code meeting.ended:42}), which
 * the database lets exist once.
 * <p>Use: {@code new WebhookEvent(type, dedupeKey, meetingId, occurredAt, body -> json)} (see {@link WebhookOutbox}).
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent extends BaseEntity {

    /** The longest body the column keeps; payloads hold ids and a few figures, far below it. */
    static final int MAX_BODY = 4000;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 32)
    private EventType type;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 200)
    private String dedupeKey;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "body", nullable = false, updatable = false, length = MAX_BODY)
    private String body;

    protected WebhookEvent() {
    }

    public WebhookEvent(EventType type, String dedupeKey, Optional<Long> meetingId, Instant occurredAt,
            EventBody body) {
        this.eventId = UUID.randomUUID().toString();
        this.type = Objects.requireNonNull(type);
        this.dedupeKey = Objects.requireNonNull(dedupeKey);
        this.meetingId = meetingId.orElse(null);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.body = body.json(eventId, type, occurredAt);
        if (this.body.length() > MAX_BODY) {
            throw new IllegalArgumentException("the body of " + this + " has " + this.body.length() + " characters");
        }
    }

    /** Writes an event's JSON from its envelope; see {@link EventPayloads}. */
    @FunctionalInterface
    public interface EventBody {
        String json(String eventId, EventType type, Instant occurredAt);
    }

    public String getEventId() {
        return eventId;
    }

    public EventType getType() {
        return type;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getBody() {
        return body;
    }

    @Override
    public String toString() {
        return "WebhookEvent[" + eventId + ", " + dedupeKey + "]";
    }
}

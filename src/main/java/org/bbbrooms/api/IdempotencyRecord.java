package org.bbbrooms.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;

/** The answer given to one client's first request with an {@code Idempotency-Key}; empty while it is in progress. */
@Entity
@Table(name = "api_idempotency")
class IdempotencyRecord extends BaseEntity {

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "idem_key", nullable = false, length = 255)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column
    private Integer status;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(long clientId, String key, String requestHash, Instant createdAt) {
        this.clientId = clientId;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    void complete(int answerStatus, String answerType, String answerBody) {
        this.status = answerStatus;
        this.contentType = answerType;
        this.body = answerBody;
    }

    String requestHash() {
        return requestHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    String contentType() {
        return contentType;
    }

    String body() {
        return body;
    }

    @Override
    public String toString() {
        return "IdempotencyRecord[" + clientId + " " + status + "]";
    }
}

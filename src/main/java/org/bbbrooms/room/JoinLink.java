package org.bbbrooms.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A single-use join link handed out by {@link JoinLinks}: the SHA-256 of its token (never the token), whose link
 * it is, for which room, until when, and when it was used. {@code usedAt} is set by one conditional UPDATE, so that
 * only one request, on any node, ever uses it.
 */
@Entity
@Table(name = "join_link")
public class JoinLink extends BaseEntity {

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "room_public_id", nullable = false, length = 24)
    private String roomPublicId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected JoinLink() {
    }

    JoinLink(String tokenHash, long userId, String roomPublicId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.roomPublicId = roomPublicId;
        this.expiresAt = expiresAt;
    }

    public long getUserId() {
        return userId;
    }

    public String getRoomPublicId() {
        return roomPublicId;
    }

    @Override
    public String toString() {
        return "JoinLink[user " + userId + ", room " + roomPublicId + ", until " + expiresAt + "]";
    }
}

package org.bbbrooms.embed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed embed link's nonce, kept until the link expires so that no node opens the link twice. */
@Entity
@Table(name = "embed_nonce")
public class EmbedNonce {

    @Id
    @Column(length = 64)
    private String nonce;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected EmbedNonce() {
    }

    EmbedNonce(String nonce, Instant expiresAt) {
        this.nonce = nonce;
        this.expiresAt = expiresAt;
    }
}

package org.bbbrooms.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A host portal allowed to call {@code /api/v1}: its name, scopes, optional expiry and rate limit, and the SHA-256 of
 * its bearer token (the token itself is shown once, when {@link ApiClientService#create} issues it). The hint is the
 * token's first characters, so that admins can tell tokens apart.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends BaseEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 100)
    private String scopes;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 16)
    private String tokenHint;

    @Column(name = "rate_limit")
    private Integer rateLimit;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected ApiClient() {
    }

    ApiClient(String name, Set<Scope> scopes, Instant expiresAt, Integer rateLimit, Instant createdAt,
            String createdBy) {
        this.name = name;
        this.scopes = Scope.format(scopes);
        this.expiresAt = expiresAt;
        this.rateLimit = rateLimit;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void token(String hash, String hint) {
        this.tokenHash = hash;
        this.tokenHint = hint;
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }

    /** Whether the token still opens the API at that instant: not revoked, not expired. */
    public boolean isValidAt(Instant at) {
        return revokedAt == null && (expiresAt == null || at.isBefore(expiresAt));
    }

    public String getName() {
        return name;
    }

    public Set<Scope> getScopes() {
        return Scope.parse(scopes);
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public Optional<Integer> getRateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    public Optional<Instant> getExpiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public String toString() {
        return "ApiClient[" + getId() + " " + name + "]";
    }
}

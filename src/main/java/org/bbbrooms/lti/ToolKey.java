package org.bbbrooms.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One RSA key pair of the tool, in the database so that every node signs with the same key and publishes the same
 * JWKS. The private key is a JWK, sealed by {@code SecretBox} when {@code BBB_SECRET_KEY} is set; the public JWK is
 * what {@code /lti/jwks} publishes. A rotated key is retired: no longer used to sign, still published for the
 * overlap period so that platforms holding a token we signed can still verify it.
 */
@Entity
@Table(name = "lti_tool_key")
public class ToolKey extends BaseEntity {

    @Column(nullable = false, updatable = false, length = 64)
    private String kid;

    @Column(name = "private_key", nullable = false)
    private String privateKey;

    @Column(name = "public_jwk", nullable = false, updatable = false)
    private String publicJwk;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ToolKey() {
    }

    ToolKey(String kid, String storedPrivateKey, String publicJwk, Instant createdAt) {
        this.kid = kid;
        this.privateKey = storedPrivateKey;
        this.publicJwk = publicJwk;
        this.createdAt = createdAt;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }

    void reseal(String storedPrivateKey) {
        this.privateKey = storedPrivateKey;
    }

    public String getKid() {
        return kid;
    }

    /** The private JWK as stored: sealed ({@code aesgcm:...}) or, without a configured key, clear JSON. */
    String storedPrivateKey() {
        return privateKey;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getRetiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    @Override
    public String toString() {
        return "ToolKey[" + kid + "]";
    }
}

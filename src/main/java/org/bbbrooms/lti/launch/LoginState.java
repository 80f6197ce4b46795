package org.bbbrooms.lti.launch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bbbrooms.lti.LtiPlatform;

/**
 * An OIDC login in progress, between the platform's login initiation and its launch: the {@code state} and
 * {@code nonce} we sent to the platform's authorization endpoint, the platform, and the target_link_uri the launch
 * must carry. In the database so that the launch may reach another node; {@link LoginStates} consumes it once.
 */
@Entity
@Table(name = "lti_login_state")
public class LoginState {

    @Id
    @Column(length = 64)
    private String state;

    @Column(nullable = false, length = 64)
    private String nonce;

    @ManyToOne(optional = false)
    @JoinColumn(name = "platform_id", nullable = false)
    private LtiPlatform platform;

    @Column(name = "target_link_uri", length = 2000)
    private String targetLinkUri;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected LoginState() {
    }

    public LoginState(String state, String nonce, LtiPlatform platform, String targetLinkUri, Instant expiresAt) {
        this.state = state;
        this.nonce = nonce;
        this.platform = platform;
        this.targetLinkUri = targetLinkUri;
        this.expiresAt = expiresAt;
    }

    public String getState() {
        return state;
    }

    public String getNonce() {
        return nonce;
    }

    public LtiPlatform getPlatform() {
        return platform;
    }

    public String getTargetLinkUri() {
        return targetLinkUri;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "LoginState[platform " + platform.getId() + " until " + expiresAt + "]";
    }
}

package org.bbbrooms.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A platform's person ({@code sub}) and the user of ours they are: made by the first launch or roster sync that
 * names them, read back when a grade or a roster entry must name them to the platform. A user belongs to one
 * platform only; local accounts have none.
 */
@Entity
@Table(name = "lti_user")
public class LtiUser extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "platform_id", nullable = false, updatable = false)
    private LtiPlatform platform;

    @Column(nullable = false, updatable = false, length = 255)
    private String sub;

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    /** Whether the person's last launch carried the platform's Administrator role. */
    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    protected LtiUser() {
    }

    public LtiUser(LtiPlatform platform, String sub, User user) {
        this.platform = platform;
        this.sub = sub;
        this.user = user;
    }

    public LtiPlatform getPlatform() {
        return platform;
    }

    public String getSub() {
        return sub;
    }

    public User getUser() {
        return user;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public void setPlatformAdmin(boolean platformAdmin) {
        this.platformAdmin = platformAdmin;
    }
}

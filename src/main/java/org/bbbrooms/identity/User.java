package org.bbbrooms.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A person who signs in to the portal. The username is stored in lower case so that "Alice" and "alice" are one user.
 * <p>Use: {@code new User("alice", "Alice Martin", "alice@example.org", PlatformRole.STUDENT)}; the password hash is
 * set through {@code Passwords}, never here in clear.
 */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity {

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{user.username.pattern}")
    @Column(nullable = false, length = 64)
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 128, message = "{user.displayName.size}")
    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @NotBlank(message = "{user.email.required}")
    @Email(message = "{user.email.invalid}")
    @Size(max = 254, message = "{user.email.size}")
    @Column(nullable = false, length = 254)
    private String email;

    @NotNull(message = "{user.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "platform_role", nullable = false, length = 16)
    private PlatformRole role;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** The host portal's id of this user, for those that a host portal provisions; none for local ones. */
    @Column(name = "external_id", length = 128)
    private String externalId;

    protected User() {
    }

    public User(String username, String displayName, String email, PlatformRole role) {
        setUsername(username);
        setDisplayName(displayName);
        setEmail(email);
        this.role = role;
    }

    /** Lower-cases and trims, so that look-ups and the unique constraint ignore case. */
    public static String normalizeUsername(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public String getUsername() {
        return username;
    }

    public final void setUsername(String username) {
        this.username = normalizeUsername(username);
    }

    public String getDisplayName() {
        return displayName;
    }

    public final void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.trim();
    }

    public String getEmail() {
        return email;
    }

    public final void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public PlatformRole getRole() {
        return role;
    }

    public void setRole(PlatformRole role) {
        this.role = role;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isAdmin() {
        return role == PlatformRole.ADMIN;
    }

    Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<String> getExternalId() {
        return Optional.ofNullable(externalId);
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    @Override
    public String toString() {
        return "User[" + username + ", " + role + (active ? "" : ", inactive") + "]";
    }
}

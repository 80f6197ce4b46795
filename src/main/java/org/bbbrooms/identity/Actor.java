package org.bbbrooms.identity;

import java.util.Objects;

/**
 * The signed-in user on whose behalf a service acts. Backing beans take it from {@code ActiveUser}, which reads the
 * container's authenticated principal, never from request parameters; services check their rules against it.
 * <p>Use: {@code rooms.start(activeUser.actor(), roomId)}.
 */
public record Actor(long userId, String username, String displayName, PlatformRole role) implements java.io.Serializable {

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
    }

    public static Actor of(User user) {
        return new Actor(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole());
    }

    public boolean isAdmin() {
        return role == PlatformRole.ADMIN;
    }
}

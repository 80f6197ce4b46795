package org.bbbrooms.identity.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.AccessDeniedException;

/**
 * The signed-in user of this session, read once from the container's authenticated principal.
 * <p>Use in pages: {@code #{activeUser.displayName}}, {@code rendered="#{activeUser.admin}"}; in backing beans:
 * {@code activeUser.actor()} to pass to services.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Looked up again after the session moved to another cluster node: Soteria's context does not serialize. */
    @Inject
    transient SecurityContext security;

    @Inject
    UserService users;

    private Actor actor;

    /** The signed-in user, or an AccessDeniedException for an anonymous request. */
    public Actor actor() {
        return current().orElseThrow(() -> new AccessDeniedException("login.required"));
    }

    public Optional<Actor> current() {
        if (security == null) {
            security = CDI.current().select(SecurityContext.class).get();
        }
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            actor = null;
        } else if (actor == null || !actor.username().equals(principal.getName())) {
            actor = users.findByUsername(principal.getName()).map(Actor::of).orElse(null);
        }
        return Optional.ofNullable(actor);
    }

    public boolean isSignedIn() {
        return current().isPresent();
    }

    public String getDisplayName() {
        return current().map(Actor::displayName).orElse("");
    }

    public String getUsername() {
        return current().map(Actor::username).orElse("");
    }

    public PlatformRole getRole() {
        return current().map(Actor::role).orElse(null);
    }

    public boolean isAdmin() {
        return current().map(Actor::isAdmin).orElse(false);
    }

    public boolean isTeacher() {
        return current().map(a -> a.role() == PlatformRole.TEACHER).orElse(false);
    }
}

package org.bbbrooms.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.identity.security.LoginThrottle;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.web.Ids;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs admin/user.xhtml: creates a user (no id) or edits one ({@code ?id=}), and lifts a sign-in lockout. */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    LoginThrottle throttle;

    @Inject
    ActiveUser activeUser;

    @Inject
    Clock clock;

    private String id;
    private User user;
    private String password;

    public void load() {
        user = id == null
                ? new User("", "", "", PlatformRole.STUDENT)
                : users.find(Ids.parse(id)).orElseThrow(() -> new NotFoundException("user.notFound"));
    }

    public void save() {
        char[] chars = password == null ? null : password.toCharArray();
        user = user.isNew() ? users.create(user, chars) : users.update(user, chars);
        Messages.addFlashGlobalInfo("common.saved");
        Faces.redirect("admin/users.xhtml");
    }

    /** The minutes left of the user's lockout after failed sign-ins, if they are locked out now. */
    public Optional<Long> getLockedMinutes() {
        return user.isNew() ? Optional.empty() : throttle.lockedUntil(activeUser.actor(), user.getUsername())
                .map(until -> Math.max(1, Duration.between(clock.instant(), until).toMinutes()));
    }

    public void unlock() {
        throttle.unlock(activeUser.actor(), user.getUsername());
        Messages.addFlashGlobalInfo("user.unlocked", user.getUsername());
        Faces.redirect("admin/user.xhtml?id=" + user.getId());
    }

    public PlatformRole[] getRoles() {
        return PlatformRole.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public User getUser() {
        return user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

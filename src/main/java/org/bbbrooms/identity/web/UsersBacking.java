package org.bbbrooms.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserFilter;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.PagedDataModel;
import org.omnifaces.util.Messages;

/** Backs admin/users.xhtml: the paged, filterable list of users, and deactivating or reactivating one. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    ActiveUser activeUser;

    private String text;
    private PlatformRole role;
    private Boolean active;
    private final PagedDataModel<User> model =
            new PagedDataModel<>(request -> users.search(new UserFilter(text, role, active), request));

    public void toggleActive(User user) {
        User changed = users.setActive(user.getId(), !user.isActive(), activeUser.actor());
        Messages.addGlobalInfo(changed.isActive() ? "users.activated" : "users.deactivated", changed.getUsername());
    }

    public PlatformRole[] getRoles() {
        return PlatformRole.values();
    }

    public PagedDataModel<User> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PlatformRole getRole() {
        return role;
    }

    public void setRole(PlatformRole role) {
        this.role = role;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}

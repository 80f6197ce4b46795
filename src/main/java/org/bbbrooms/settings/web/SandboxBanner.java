package org.bbbrooms.settings.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.identity.security.ActiveUser;

/**
 * Whether the layout shows admins the "you are on the sandbox" banner: conferences go to the in-WAR emulator
 * because no real server is configured. Others never see it.
 * <p>Use: {@code rendered="#{sandboxBanner.shown}"}
 */
@Named
@RequestScoped
public class SandboxBanner {

    @Inject
    ActiveUser activeUser;

    @Inject
    BbbConnection connection;

    public boolean isShown() {
        return activeUser.isAdmin() && connection.onSandbox();
    }
}

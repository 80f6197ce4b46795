package org.bbbrooms.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.identity.security.LoginThrottle;
import org.bbbrooms.identity.security.PortalIdentityStore;
import org.bbbrooms.identity.security.SessionAuthenticationMechanism;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs login.xhtml: hands the typed credentials to Jakarta Security and either goes on to the page the user
 * wanted (or home) or shows one message for every kind of failure, how long to wait once sign-ins are throttled,
 * and "try again shortly" when the server had no room to check the password (for an unknown name as for a known
 * one).
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        AuthenticationStatus status = security.authenticate(Faces.getRequest(), Faces.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            String target = SessionAuthenticationMechanism.takeTarget(Faces.getRequest()).orElse("/");
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + target);
        } else {
            Optional<Instant> blocked = throttle.blocked(username, Faces.getRemoteAddr());
            blocked.ifPresentOrElse(until -> Messages.addGlobalError("login.throttled",
                            Math.max(1, Duration.between(clock.instant(), until).toSeconds())),
                    () -> Messages.addGlobalError(PortalIdentityStore.busy(Faces.getRequest()) ? "login.busy"
                            : "login.failed"));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package org.bbbrooms.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.Roles;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;

/**
 * Form sign-in through the portal's login page, remembered in the HTTP session by the portal itself: every request
 * of a signed-in user tells the container who they are again. Payara 6's own session registration (what
 * {@code @AutoApplySession} and the built-in form mechanisms use) loses the groups of some concurrent requests and
 * answers them 403 (payara/Payara#6145); this does not depend on it. The user is re-read from the database at most
 * once a minute, so a deactivated account is signed out within a minute.
 * <p>Protected pages redirect anonymous visitors to the login page and, after sign-in, back where they were going.
 * The login page calls {@code SecurityContext.authenticate} with the typed credential.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = SessionAuthenticationMechanism.class.getName() + ".user";
    static final String AFTER_LOGIN = SessionAuthenticationMechanism.class.getName() + ".afterLogin";
    private static final Duration RECHECK = Duration.ofMinutes(1);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserService users;

    @Inject
    Clock clock = Clock.systemUTC();

    /** Who is signed in on a session, and when the account was last checked. */
    record SignedIn(String username, String role, Instant checkedAt) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        Optional<SignedIn> signedIn = current(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(signedIn.get().username(), groups(signedIn.get().role()));
        }
        if (context.isProtected()) {
            rememberTarget(request);
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }

    /** Where to go after signing in: the protected page first asked for, as a path inside the application. */
    public static Optional<String> takeTarget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object target = session.getAttribute(AFTER_LOGIN);
        session.removeAttribute(AFTER_LOGIN);
        return Optional.ofNullable((String) target);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        String role = result.getCallerGroups().stream().filter(g -> !g.equals(Roles.USER)).findFirst().orElseThrow();
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SIGNED_IN, new SignedIn(username, role, clock.instant()));
        return context.notifyContainerAboutLogin(username, groups(role));
    }

    private Optional<SignedIn> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
        if (signedIn == null || clock.instant().isBefore(signedIn.checkedAt().plus(RECHECK))) {
            return Optional.ofNullable(signedIn);
        }
        Optional<SignedIn> fresh = users.findByUsername(signedIn.username()).filter(User::isActive)
                .map(user -> new SignedIn(user.getUsername(), user.getRole().name(), clock.instant()));
        if (fresh.isPresent()) {
            session.setAttribute(SIGNED_IN, fresh.get());
        } else {
            session.invalidate();
        }
        return fresh;
    }

    private static void rememberTarget(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            request.getSession(true).setAttribute(AFTER_LOGIN, query == null ? path : path + "?" + query);
        }
    }

    private static Set<String> groups(String role) {
        return Set.of(role, Roles.USER);
    }
}

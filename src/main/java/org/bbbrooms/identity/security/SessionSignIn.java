package org.bbbrooms.identity.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a user whom server code has verified into the HTTP session, exactly as the login form does (through
 * {@link SessionAuthenticationMechanism}: a new session id, the user remembered in the session and re-checked every
 * minute), but without a password. For integrations that identify people themselves: signed embed links, join
 * links, LTI launches.
 * <p>Use: {@code if (!signIn.signIn(request, response, user.getId())) { refuse(); }}
 */
@ApplicationScoped
public class SessionSignIn {

    @Inject
    SecurityContext security;

    /** Whether the user is now signed in on this request's session (false for an unknown or deactivated user). */
    public boolean signIn(HttpServletRequest request, HttpServletResponse response, long userId) {
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(new VerifiedUserCredential(userId)).newAuthentication(true));
        return status == AuthenticationStatus.SUCCESS;
    }
}

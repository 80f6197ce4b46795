package org.bbbrooms.identity.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.bbbrooms.identity.Roles;

/**
 * Form sign-in through the portal's own Faces login page (Jakarta Security). Protected pages redirect there and,
 * once signed in, back to where the user was going. Which URLs need which role is in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.ADMIN, Roles.TEACHER, Roles.STUDENT, Roles.USER})
@ApplicationScoped
public class SecurityConfiguration {
}

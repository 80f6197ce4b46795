package org.bbbrooms.identity.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.bbbrooms.identity.Roles;

/**
 * The roles the portal's security knows. Sign-in is {@link SessionAuthenticationMechanism} with the portal's own
 * login page; which URLs need which role is in web.xml.
 */
@DeclareRoles({Roles.ADMIN, Roles.TEACHER, Roles.STUDENT, Roles.USER})
@ApplicationScoped
public class SecurityConfiguration {
}

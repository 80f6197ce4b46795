package org.bbbrooms.identity;

/**
 * A user's role on the whole platform. It is also the security group that the container maps to a role,
 * so {@code @RolesAllowed(Roles.ADMIN)} and {@code request.isUserInRole("ADMIN")} follow it.
 */
public enum PlatformRole {
    ADMIN, TEACHER, STUDENT
}

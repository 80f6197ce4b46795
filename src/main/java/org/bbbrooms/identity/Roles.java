package org.bbbrooms.identity;

/**
 * Container security roles, as constants for annotations such as {@code @RolesAllowed(Roles.ADMIN)}.
 * {@link #USER} is every signed-in user; the others mirror {@link PlatformRole}.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String TEACHER = "TEACHER";
    public static final String STUDENT = "STUDENT";
    public static final String USER = "USER";

    private Roles() {
    }
}

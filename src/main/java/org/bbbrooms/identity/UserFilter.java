package org.bbbrooms.identity;

/**
 * What an admin typed or chose above the users table: free text over username, name and email, a role, and
 * active or not ({@code null} means any).
 */
public record UserFilter(String text, PlatformRole role, Boolean active) {

    public static UserFilter any() {
        return new UserFilter(null, null, null);
    }
}

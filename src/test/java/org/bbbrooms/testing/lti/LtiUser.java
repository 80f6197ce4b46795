package org.bbbrooms.testing.lti;

import java.util.List;
import java.util.Locale;

/**
 * A person of the emulated LMS: the id_token's identity claims and NRPS member fields. {@code institutionRoles}
 * (such as {@link LisRoles#ADMINISTRATOR}) go with every launch; context roles come from enrolments.
 * <pre>{@code
 * emu.user("s1", "Sam", "Student");   // Sam Student, s1@example.edu, locale en
 * emu.user(new LtiUser("s2", "Zoë Ä", "Zoë", "Ä", "zoe@example.edu", "de-DE", List.of()));
 * }</pre>
 */
public record LtiUser(String sub, String name, String givenName, String familyName, String email, String locale,
        List<String> institutionRoles) {

    public LtiUser {
        if (sub == null || sub.isBlank() || sub.length() > 255) {
            throw new IllegalArgumentException("A user's sub is 1 to 255 characters (OIDC Core §2): " + sub);
        }
        institutionRoles = List.copyOf(institutionRoles);
    }

    /** A user with a name made of the given and family names, an e-mail at example.edu and the locale en. */
    public static LtiUser of(String sub, String givenName, String familyName, String... institutionRoles) {
        return new LtiUser(sub, givenName + " " + familyName, givenName, familyName,
                sub.toLowerCase(Locale.ROOT) + "@example.edu", "en", List.of(institutionRoles));
    }
}

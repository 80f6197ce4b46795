package org.bbbrooms.lti;

import java.util.Optional;
import org.bbbrooms.identity.CourseRole;

/**
 * A platform's person as a launch or a roster entry names them: {@code sub}, the name and email when the platform
 * shares them, their role in the context ({@link LtiRoles}), and whether they administer the platform: known from a
 * launch (its roles claim), unknown (empty) from a roster entry, which lists context roles only.
 */
public record LtiPerson(String sub, Optional<String> name, Optional<String> email, CourseRole role,
        Optional<Boolean> platformAdmin) {
}

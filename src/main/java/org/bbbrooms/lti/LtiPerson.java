package org.bbbrooms.lti;

import java.util.Optional;
import org.bbbrooms.identity.CourseRole;

/**
 * A platform's person as a launch or a roster entry names them: {@code sub}, the name and email when the platform
 * shares them, and their role in the context ({@link LtiRoles}).
 */
public record LtiPerson(String sub, Optional<String> name, Optional<String> email, CourseRole role) {
}

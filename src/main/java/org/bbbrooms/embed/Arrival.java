package org.bbbrooms.embed;

import java.util.Optional;
import org.bbbrooms.identity.CourseRole;

/**
 * Someone an integration has verified, as {@link JitProvisioning} makes them exist: their external id and the
 * external id of their course (the integration's own, unique across integrations: a signed link's host ids, or
 * {@code lti:<platform>:<id>} for an LTI launch), their name, email and role there, and the group they arrive in.
 */
public record Arrival(String user, String name, String email, String course, String courseTitle, CourseRole role,
        Optional<String> group) {
}

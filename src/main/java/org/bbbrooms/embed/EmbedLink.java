package org.bbbrooms.embed;

import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.identity.CourseRole;

/**
 * What a verified signed embed link says ({@link SignedEmbedLinks#verify}): who the host portal's user is (its own
 * ids for the user and the course), their role in the course, which room to open (the course's, or the group of
 * that name), the language to show, and the link's expiry and nonce.
 */
public record EmbedLink(String user, String name, String email, String course, String courseTitle, CourseRole role,
        Optional<String> group, Optional<String> language, Instant expiresAt, String nonce) {

    /** Who the link says arrives, for {@link JitProvisioning}. */
    public Arrival arrival() {
        return new Arrival(user, name, email, course, courseTitle, role, group);
    }
}

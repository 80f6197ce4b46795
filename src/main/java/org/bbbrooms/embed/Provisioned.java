package org.bbbrooms.embed;

import java.util.Optional;
import org.bbbrooms.identity.Actor;

/** Who a signed embed link turned out to be, in which course, and the group whose room it opens, if any. */
public record Provisioned(Actor actor, long courseId, Optional<Long> groupId) {
}

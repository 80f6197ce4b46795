package org.bbbrooms.attendance;

import java.util.Objects;

/**
 * One attendee that BBB lists in a running meeting, by the {@code userID} given at join (BBB's own id for people
 * who did not come through the portal), their name and whether they moderate.
 */
public record Presence(String bbbUserId, String fullName, boolean moderator) {

    public Presence {
        Objects.requireNonNull(bbbUserId);
        Objects.requireNonNull(fullName);
    }
}

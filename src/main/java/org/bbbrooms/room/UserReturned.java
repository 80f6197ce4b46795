package org.bbbrooms.room;

import java.time.Instant;
import java.util.Objects;

/**
 * CDI event: a signed-in user came back from a room's meeting through its logoutURL ({@code /room-return}), which
 * BBB opens when they leave or the meeting ends (and when a join fails). Fired outside any transaction; observers
 * open their own. Best effort: the user is redirected even if an observer fails.
 * <p>Use: {@code void returned(@Observes UserReturned returned) { ... }}
 */
public record UserReturned(String roomPublicId, long userId, Instant at) {

    public UserReturned {
        Objects.requireNonNull(roomPublicId);
        Objects.requireNonNull(at);
    }
}

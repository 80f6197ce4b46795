package org.bbbrooms.room;

import java.net.URI;
import java.time.Instant;

/** A join link as handed to a host portal: the single-use URL (it holds the token: never log it) and its expiry. */
public record IssuedJoinLink(URI url, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedJoinLink[until " + expiresAt + "]";
    }
}

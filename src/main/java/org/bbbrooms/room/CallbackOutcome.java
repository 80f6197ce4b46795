package org.bbbrooms.room;

/**
 * The answer to a meeting callback: accepted (first time), a replay of an accepted one, or a token nobody issued.
 * The REST resource maps them to 200, 409 and 404.
 */
public enum CallbackOutcome {
    ACCEPTED, REPLAYED, UNKNOWN
}

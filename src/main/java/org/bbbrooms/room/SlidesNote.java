package org.bbbrooms.room;

/**
 * What became of the presentations sent with a meeting's create, which the room widget tells its hosts while the
 * meeting runs: a missing or refused file never stops a meeting, so this is how a teacher learns of it. The name is
 * what {@code meeting.slides_note} holds.
 */
public enum SlidesNote {
    /** Sent with create; BBB has not downloaded every file yet. */
    SENT,
    /** BBB downloaded every file sent. */
    FETCHED,
    /** A download link was refused (expired, already used, or the file was deleted meanwhile). */
    REFUSED,
    /** A file was left out of create, as it no longer passes the checks (the size cap was lowered), or none could be sent. */
    SKIPPED
}

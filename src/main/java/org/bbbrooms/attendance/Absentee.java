package org.bbbrooms.attendance;

/** Somebody expected in a meeting who never came: an active student of its course, or a member of its group. */
public record Absentee(long userId, String name) {
}

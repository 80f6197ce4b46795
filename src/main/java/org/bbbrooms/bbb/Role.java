package org.bbbrooms.bbb;

/**
 * The role a user joins with ({@code role} parameter of join, BBB 2.4+) and the role BBB reports for an
 * attendee in getMeetingInfo.
 * <pre>{@code JoinRequest.builder().role(Role.MODERATOR)}</pre>
 */
public enum Role {
    MODERATOR,
    VIEWER
}

package org.bbbrooms.bbb;

/**
 * Who lets guests in ({@code guestPolicy} on create): everybody, nobody, or a moderator on request.
 * <pre>{@code CreateMeetingRequest.builder().guestPolicy(GuestPolicy.ASK_MODERATOR)}</pre>
 */
public enum GuestPolicy {
    ALWAYS_ACCEPT,
    ALWAYS_DENY,
    ASK_MODERATOR
}

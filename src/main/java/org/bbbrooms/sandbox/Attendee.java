package org.bbbrooms.sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * One participant currently in a meeting, joined through one join URL.
 *
 * <p>The session token identifies the participant's conference page; it is random and never shown by
 * {@code toString()}.
 *
 * @param sessionToken the unguessable token of the conference page
 * @param internalUserId BBB's internal user id ({@code w_…})
 * @param userId the external userID given to join (or the internal id when none was given)
 * @param fullName the display name
 * @param role {@code MODERATOR} or {@code VIEWER}
 * @param logoutUrl where Leave goes, when the join gave one
 * @param customData the {@code userdata-*} values, keyed without the prefix
 * @param authToken BBB's auth token, echoed by join with {@code redirect=false}
 */
record Attendee(String sessionToken, String internalUserId, String userId, String fullName, String role,
        Optional<String> logoutUrl, Map<String, String> customData, String authToken) {

    static final String MODERATOR = "MODERATOR";
    static final String VIEWER = "VIEWER";

    boolean moderator() {
        return MODERATOR.equals(role);
    }

    @Override
    public String toString() {
        return "Attendee[userId=" + userId + ", fullName=" + fullName + ", role=" + role + "]";
    }
}

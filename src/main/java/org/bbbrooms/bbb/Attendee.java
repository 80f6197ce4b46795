package org.bbbrooms.bbb;

import java.io.Serializable;
import java.util.Locale;

/**
 * One user in a running meeting, as getMeetingInfo reports it; {@code userID} is the one given at join
 * (BBB prefixes its own when none was given). Serializable: the nodes of a cluster share the rooms' statuses.
 * <pre>{@code info.attendees().stream().filter(a -> a.role() == Role.MODERATOR).count()}</pre>
 */
public record Attendee(String userID, String fullName, Role role, boolean isPresenter, boolean isListeningOnly,
        boolean hasJoinedVoice, boolean hasVideo, String clientType) implements Serializable {

    static Attendee fromXml(XmlElement attendee) {
        String role = attendee.text("role").toUpperCase(Locale.ROOT);
        if (!role.equals("MODERATOR") && !role.equals("VIEWER")) {
            throw new BbbProtocolException("an attendee has the unknown role " + XmlElement.excerpt(role));
        }
        return new Attendee(attendee.text("userID"), attendee.text("fullName"), Role.valueOf(role),
                attendee.bool("isPresenter"), attendee.bool("isListeningOnly"), attendee.bool("hasJoinedVoice"),
                attendee.bool("hasVideo"), attendee.text("clientType"));
    }
}

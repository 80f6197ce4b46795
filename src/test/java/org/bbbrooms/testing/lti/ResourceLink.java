package org.bbbrooms.testing.lti;

import java.util.Map;
import java.util.Objects;

/**
 * A placement of a tool in a course: what a teacher adds by hand or a deep-linking response creates. Launching it
 * sends its id and title in the resource_link claim, its custom parameters in the custom claim, and its
 * {@code targetLinkUri} (null: the tool's default target_link_uri).
 */
public record ResourceLink(String contextId, String id, String title, String clientId, String targetLinkUri,
        Map<String, String> custom) {

    public ResourceLink {
        Roster.requireId(id);
        Objects.requireNonNull(title, "title");
        custom = Map.copyOf(custom);
    }
}

package org.bbbrooms.lti.launch;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.lti.LtiPerson;
import org.bbbrooms.lti.LtiPlatform;

/**
 * An id_token that {@link IdTokenValidator} accepted, as the rest of the launch needs it: the platform and
 * deployment, the message type, the person, the course ({@code context}), the custom parameters, the LMS's
 * language, and the NRPS, AGS and deep-linking claims when present.
 */
public record VerifiedLaunch(LtiPlatform platform, String deploymentId, String messageType, LtiPerson person,
        Optional<Context> context, Map<String, String> custom, Optional<String> locale,
        Optional<String> membershipsUrl, Optional<String> lineItemsUrl, Set<String> agsScopes,
        Optional<DeepLinking> deepLinking) {

    /** The launch's course: the platform's id and title. */
    public record Context(String id, Optional<String> title) {
    }

    /** The deep-linking settings: where to send the answer, the opaque data to echo, several items or one. */
    public record DeepLinking(URI returnUrl, Optional<String> data, boolean acceptMultiple) {
    }

    public boolean isDeepLinking() {
        return IdTokenValidator.DEEP_LINKING_REQUEST.equals(messageType);
    }

    /** The language the LMS asked for ({@code fr-CA} → {@code fr}), if any. */
    public Optional<String> language() {
        return locale.map(tag -> tag.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT))
                .filter(tag -> tag.matches("[a-z]{2,3}"));
    }
}

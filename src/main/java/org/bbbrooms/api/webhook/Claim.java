package org.bbbrooms.api.webhook;

import java.net.URI;
import java.util.Objects;

/**
 * A delivery this node has claimed and now sends: where, signed with what, which event and body. The secret is in
 * no {@code toString()}.
 * <p>Use: from {@link WebhookStore#claim}; {@code sender.send(claim, now)}.
 */
public record Claim(long deliveryId, URI url, String secret, String eventId, String body) {

    public Claim {
        Objects.requireNonNull(url);
        Objects.requireNonNull(secret);
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(body);
    }

    @Override
    public String toString() {
        return "Claim[delivery " + deliveryId + ", event " + eventId + ", " + url + "]";
    }
}

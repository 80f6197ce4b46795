package org.bbbrooms.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The LTI tool's settings (MicroProfile Config): {@code BBB_LTI_AUTO_APPROVE} ({@code false}: a platform that
 * registers itself dynamically waits for an admin's approval; {@code true}: it may launch at once) and
 * {@code BBB_LTI_KEY_OVERLAP} (ISO-8601, default {@code P7D}: how long a rotated tool key stays published).
 * <p>Use: {@code Status status = settings.autoApprove() ? Status.ACTIVE : Status.PENDING;}
 */
@ApplicationScoped
public class LtiSettings {

    @Inject
    @ConfigProperty(name = "BBB_LTI_AUTO_APPROVE", defaultValue = "false")
    boolean autoApprove;

    @Inject
    @ConfigProperty(name = "BBB_LTI_KEY_OVERLAP")
    Optional<String> keyOverlap;

    public boolean autoApprove() {
        return autoApprove;
    }

    public Duration keyOverlap() {
        try {
            return keyOverlap.map(String::strip).map(Duration::parse).filter(d -> !d.isNegative())
                    .orElse(Duration.ofDays(7));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("BBB_LTI_KEY_OVERLAP must be an ISO-8601 duration such as P7D", e);
        }
    }
}

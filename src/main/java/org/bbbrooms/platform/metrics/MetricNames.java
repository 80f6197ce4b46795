package org.bbbrooms.platform.metrics;

import org.eclipse.microprofile.metrics.Metadata;

/**
 * The portal's metrics are all named {@code bbb_rooms_<what>}, so that a Prometheus query finds them apart from
 * Payara's, and each carries the description that Prometheus shows as its HELP.
 * <p>Use: {@code static final Metadata LOGINS = MetricNames.of("logins", "Password sign-ins, by outcome");}
 */
public final class MetricNames {

    public static final String PREFIX = "bbb_rooms_";

    private MetricNames() {
    }

    public static Metadata of(String what, String description) {
        return Metadata.builder().withName(PREFIX + what).withDescription(description).build();
    }
}

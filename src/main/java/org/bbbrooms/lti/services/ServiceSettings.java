package org.bbbrooms.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the calls to the LMSs' services (MicroProfile Config): {@code BBB_LTI_CONNECT_TIMEOUT_MS}
 * (default 2000) and {@code BBB_LTI_REQUEST_TIMEOUT_MS} (default 5000) bound each call, {@code BBB_LTI_RETRIES}
 * (default 2) is how often a call that met a 5xx or a connection failure is tried again; {@code
 * BBB_LTI_ROSTER_LAUNCH_MINUTES} (default 10: a launch syncs its course's roster unless it was synced this recently),
 * {@code BBB_LTI_ROSTER_HOURS} (default 6; 0: no background sync), {@code BBB_LTI_POLL_SECONDS} (default 60; 0: no
 * background pass at all) and {@code BBB_LTI_SCORE_ATTEMPTS} (default 8: a score is given up, and shown to the
 * teacher as failed, after that many failed passes).
 * <p>Use: {@code new ServiceCall(settings.connectTimeout(), settings.requestTimeout(), settings.retries(), ...)}
 */
@ApplicationScoped
public class ServiceSettings {

    @Inject
    @ConfigProperty(name = "BBB_LTI_CONNECT_TIMEOUT_MS", defaultValue = "2000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "BBB_LTI_REQUEST_TIMEOUT_MS", defaultValue = "5000")
    long requestTimeoutMillis;

    @Inject
    @ConfigProperty(name = "BBB_LTI_RETRIES", defaultValue = "2")
    int retries;

    @Inject
    @ConfigProperty(name = "BBB_LTI_ROSTER_LAUNCH_MINUTES", defaultValue = "10")
    long rosterLaunchMinutes;

    @Inject
    @ConfigProperty(name = "BBB_LTI_ROSTER_HOURS", defaultValue = "6")
    long rosterHours;

    @Inject
    @ConfigProperty(name = "BBB_LTI_POLL_SECONDS", defaultValue = "60")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "BBB_LTI_SCORE_ATTEMPTS", defaultValue = "8")
    int scoreAttempts;

    public Duration connectTimeout() {
        return Duration.ofMillis(Math.max(1, connectTimeoutMillis));
    }

    public Duration requestTimeout() {
        return Duration.ofMillis(Math.max(1, requestTimeoutMillis));
    }

    public int retries() {
        return Math.max(0, retries);
    }

    public Duration rosterAfterLaunch() {
        return Duration.ofMinutes(Math.max(0, rosterLaunchMinutes));
    }

    /** Empty duration: no background roster sync. */
    public Duration rosterPeriod() {
        return Duration.ofHours(Math.max(0, rosterHours));
    }

    public Duration pollPeriod() {
        return Duration.ofSeconds(Math.max(0, pollSeconds));
    }

    public int scoreAttempts() {
        return Math.max(1, scoreAttempts);
    }
}

package org.bbbrooms.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of LTI Dynamic Registration (MicroProfile Config): {@code BBB_LTI_REGISTRATION_ALLOW_HTTP}
 * ({@code false}: the platform's configuration and registration endpoints must be https and must not resolve to a
 * loopback, link-local or wildcard address; {@code true}, for tests and development only: plain http and local
 * addresses too) and {@code BBB_LTI_REGISTRATIONS_PER_HOUR} (default 5: how many registrations may wait for an
 * admin's approval from the last hour; more are refused, so that anonymous callers cannot fill the table).
 * <p>Use: {@code if (!settings.allowHttp() && !"https".equals(url.getScheme())) refuse(...);}
 */
@ApplicationScoped
public class RegistrationSettings {

    @Inject
    @ConfigProperty(name = "BBB_LTI_REGISTRATION_ALLOW_HTTP", defaultValue = "false")
    boolean allowHttp;

    @Inject
    @ConfigProperty(name = "BBB_LTI_REGISTRATIONS_PER_HOUR", defaultValue = "5")
    int perHour;

    public boolean allowHttp() {
        return allowHttp;
    }

    public int perHour() {
        return Math.max(0, perHour);
    }
}

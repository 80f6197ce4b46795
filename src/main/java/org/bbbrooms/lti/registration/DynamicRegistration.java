package org.bbbrooms.lti.registration;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.lti.ToolUrls;

/**
 * LTI Dynamic Registration 1.0 (§3), the tool's side: reads the platform's OpenID configuration, checks its issuer,
 * posts the tool's client registration to its registration endpoint with the registration token, and keeps the
 * platform, pending an admin's approval unless {@code BBB_LTI_AUTO_APPROVE}. Anyone may start it, so it is refused
 * before any call once {@code BBB_LTI_REGISTRATIONS_PER_HOUR} registrations of the last hour wait for approval. No
 * transaction is held while the platform is called.
 * <p>Use: {@code LtiPlatform platform = registration.register(configurationUrl, Optional.of(token));}
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DynamicRegistration {

    /** What the tool is called in the platform's tool list. */
    static final String CLIENT_NAME = "BigBlueButton rooms";
    private static final Logger LOG = Logger.getLogger(DynamicRegistration.class.getName());

    @Inject
    PlatformCalls calls;

    @Inject
    RegistrationStore store;

    @Inject
    RegistrationSettings settings;

    @Inject
    ToolUrls urls;

    public LtiPlatform register(URI configurationUrl, Optional<String> registrationToken) {
        if (store.recentUnreviewed() >= settings.perHour()) {
            throw new RegistrationRefusedException(RegistrationRefusal.TOO_MANY_PENDING,
                    settings.perHour() + " registrations of the last hour wait for approval");
        }
        PlatformConfiguration platform = PlatformConfiguration.read(calls.get(configurationUrl), configurationUrl);
        calls.allowed(platform.authorizationEndpoint());
        calls.allowed(platform.tokenEndpoint());
        calls.allowed(platform.jwksUri());
        ClientRegistration tool = new ClientRegistration(CLIENT_NAME, urls.domain(), urls.login(), urls.launch(),
                urls.deepLinking(), urls.jwks());
        ClientRegistration.Registered registered = ClientRegistration.answer(
                calls.post(platform.registrationEndpoint(), registrationToken, tool.request()));
        String deployment = registered.deploymentId().orElseThrow(() -> new RegistrationRefusedException(
                RegistrationRefusal.PLATFORM_REFUSED, "the answer has no deployment_id"));
        LtiPlatform kept = store.keep(new PlatformEndpoints(name(platform), platform.issuer(),
                registered.clientId(), Set.of(deployment), platform.authorizationEndpoint(),
                Optional.of(platform.tokenEndpoint()), platform.jwksUri()), platform.product());
        LOG.info(() -> "LTI platform " + platform.issuer() + " registered itself dynamically, client "
                + registered.clientId() + ", deployment " + deployment + ": " + kept.getStatus());
        return kept;
    }

    /** "moodle 4.3 · lms.example.edu": what admins see in the platform list. */
    private static String name(PlatformConfiguration platform) {
        String host = URI.create(platform.issuer()).getHost();
        String name = platform.product().map(product -> product + " · " + host).orElse(host);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}

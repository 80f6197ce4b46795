package org.bbbrooms.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.PlatformEndpoints;
import org.bbbrooms.lti.ToolUrls;
import org.bbbrooms.lti.services.Scopes;
import org.bbbrooms.testing.lti.Endpoint;
import org.bbbrooms.testing.lti.LtiPlatformEmulator;
import org.bbbrooms.testing.lti.ToolRegistration;
import org.junit.jupiter.api.Test;

/**
 * Dynamic registration against the LTI platform emulator over HTTP: the platform accepts the tool's request, the
 * tool keeps what the platform assigned; and each refusal (too many waiting, plain http or a local address, a
 * spent token) comes before anything is kept.
 */
class DynamicRegistrationTest {

    private static final String TOOL = "https://rooms.example.org";

    private final List<PlatformEndpoints> kept = new ArrayList<>();
    private long unreviewed;

    @Test
    void thePlatformRegistersTheToolAndTheToolKeepsTheAssignedClientAndDeployment() {
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start()) {
            Map<String, String> initiation = query(emu.registrationUrl(TOOL + "/lti/register"));
            registration(true).register(URI.create(initiation.get("openid_configuration")),
                    Optional.of(initiation.get("registration_token")));

            ToolRegistration tool = emu.tool();
            assertEquals(TOOL + "/lti/login", tool.initiateLoginUri());
            assertEquals(List.of(TOOL + "/lti/launch"), tool.redirectUris());
            assertEquals(TOOL + "/lti/jwks", tool.jwksUri());
            assertEquals(Set.copyOf(Scopes.TOOL), tool.scopes(), "AGS and NRPS granted");
            assertEquals(Set.copyOf(ClientRegistration.CLAIMS), tool.claims());
            PlatformEndpoints endpoints = kept.get(0);
            assertEquals(emu.issuer(), endpoints.issuer());
            assertEquals(tool.clientId(), endpoints.clientId());
            assertEquals(Set.of(tool.deploymentId()), endpoints.deploymentIds());
            assertEquals(URI.create(emu.authorizationEndpoint()), endpoints.authEndpoint());
            assertEquals(Optional.of(URI.create(emu.tokenEndpoint())), endpoints.tokenEndpoint());
            assertEquals(URI.create(emu.jwksUrl()), endpoints.jwksUrl());
        }
    }

    @Test
    void tooManyWaitingRegistrationsAreRefusedBeforeThePlatformIsCalled() {
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start()) {
            unreviewed = 5;
            assertEquals(RegistrationRefusal.TOO_MANY_PENDING, refusal(registration(true),
                    URI.create(emu.openIdConfigurationUrl()), Optional.empty()));
            assertEquals(0, emu.requests(Endpoint.OPENID_CONFIGURATION));
        }
    }

    @Test
    void plainHttpAndLocalAddressesAreRefusedUnlessAllowed() {
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start()) {
            assertEquals(RegistrationRefusal.URL_NOT_ALLOWED, refusal(registration(false),
                    URI.create(emu.openIdConfigurationUrl()), Optional.empty()));
            assertEquals(RegistrationRefusal.URL_NOT_ALLOWED, refusal(registration(false),
                    URI.create("https://127.0.0.1:1/.well-known/openid-configuration"), Optional.empty()));
            assertEquals(RegistrationRefusal.URL_NOT_ALLOWED, refusal(registration(false),
                    URI.create("https://169.254.169.254/latest/meta-data"), Optional.empty()), "cloud metadata");
            assertEquals(0, emu.requests(Endpoint.OPENID_CONFIGURATION));
        }
    }

    @Test
    void aSpentRegistrationTokenIsRefusedByThePlatformAndNothingIsKept() {
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start()) {
            Map<String, String> initiation = query(emu.registrationUrl(TOOL + "/lti/register"));
            URI configuration = URI.create(initiation.get("openid_configuration"));
            Optional<String> token = Optional.of(initiation.get("registration_token"));
            registration(true).register(configuration, token);
            assertEquals(RegistrationRefusal.PLATFORM_REFUSED, refusal(registration(true), configuration, token));
            assertEquals(1, kept.size());
        }
    }

    private static RegistrationRefusal refusal(DynamicRegistration registration, URI url, Optional<String> token) {
        return assertThrows(RegistrationRefusedException.class, () -> registration.register(url, token)).refusal();
    }

    private DynamicRegistration registration(boolean allowHttp) {
        RegistrationSettings settings = new RegistrationSettings();
        settings.allowHttp = allowHttp;
        settings.perHour = 5;
        DynamicRegistration registration = new DynamicRegistration();
        registration.settings = settings;
        registration.calls = new PlatformCalls();
        registration.calls.settings = settings;
        registration.urls = new FixedToolUrls();
        registration.store = new RegistrationStore() {
            @Override
            public long recentUnreviewed() {
                return unreviewed;
            }

            @Override
            public LtiPlatform keep(PlatformEndpoints endpoints, Optional<String> product) {
                kept.add(endpoints);
                return new LtiPlatform(endpoints, LtiPlatform.Registration.DYNAMIC, LtiPlatform.Status.PENDING,
                        java.time.Instant.now());
            }
        };
        return registration;
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    /** The tool's addresses at {@value #TOOL}. */
    private static final class FixedToolUrls extends ToolUrls {

        @Override
        public URI login() {
            return URI.create(TOOL + LOGIN);
        }

        @Override
        public URI launch() {
            return URI.create(TOOL + LAUNCH);
        }

        @Override
        public URI jwks() {
            return URI.create(TOOL + JWKS);
        }

        @Override
        public String domain() {
            return URI.create(TOOL).getAuthority();
        }
    }
}

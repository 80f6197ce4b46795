package org.bbbrooms.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiPlatform.Registration;
import org.bbbrooms.lti.LtiPlatform.Status;
import org.bbbrooms.lti.PlatformEndpoints;
import org.junit.jupiter.api.Test;

/** The login initiation: which platform it names, and the authentication request it answers with. */
class LoginRequestTest {

    private static final String ISS = "https://lms.example.org";

    private final Map<String, String> fields = new HashMap<>(Map.of("iss", ISS, "login_hint", "u-42",
            "target_link_uri", "https://tool.example.org/lti/launch", "lti_message_hint", "m-7",
            "client_id", "client-a", "lti_deployment_id", "1"));

    private static LtiPlatform platform(String clientId, Status status) {
        return new LtiPlatform(new PlatformEndpoints("LMS", ISS, clientId, Set.of("1"),
                URI.create(ISS + "/auth?x=1"), Optional.empty(), URI.create(ISS + "/jwks")), Registration.MANUAL,
                status, Instant.EPOCH);
    }

    private LaunchRefusal refusal(List<LtiPlatform> ofIssuer) {
        return assertThrows(LaunchRefusedException.class,
                () -> LoginRequest.of(fields::get).platformAmong(ofIssuer)).refusal();
    }

    @Test
    void theClientIdPicksThePlatformOfTheIssuer() {
        LtiPlatform b = platform("client-b", Status.ACTIVE);
        fields.put("client_id", "client-b");
        assertSame(b, LoginRequest.of(fields::get).platformAmong(List.of(platform("client-a", Status.ACTIVE), b)));
    }

    @Test
    void withoutClientIdTheOnlyPlatformOfTheIssuerIsTaken() {
        fields.remove("client_id");
        LtiPlatform only = platform("client-a", Status.ACTIVE);
        assertSame(only, LoginRequest.of(fields::get).platformAmong(List.of(only)));
    }

    @Test
    void anUnknownPlatformIsRefused() {
        assertEquals(LaunchRefusal.UNKNOWN_PLATFORM, refusal(List.of()));
        assertEquals(LaunchRefusal.UNKNOWN_PLATFORM, refusal(List.of(platform("client-b", Status.ACTIVE))));
    }

    @Test
    void aDisabledPlatformIsRefusedAtLogin() {
        assertEquals(LaunchRefusal.PLATFORM_DISABLED, refusal(List.of(platform("client-a", Status.DISABLED))));
    }

    @Test
    void anUnknownDeploymentIsRefusedAtLogin() {
        fields.put("lti_deployment_id", "2");
        assertEquals(LaunchRefusal.UNKNOWN_DEPLOYMENT, refusal(List.of(platform("client-a", Status.ACTIVE))));
    }

    @Test
    void aLoginWithoutLoginHintIsRefused() {
        fields.remove("login_hint");
        assertEquals(LaunchRefusal.LOGIN_MALFORMED, refusal(List.of(platform("client-a", Status.ACTIVE))));
    }

    @Test
    void theAuthenticationRequestIsAnImplicitFormPostWithoutPrompt() {
        LtiPlatform platform = platform("client-a", Status.ACTIVE);
        LoginState state = new LoginState("s-1", "n-1", platform, fields.get("target_link_uri"), Instant.EPOCH);
        URI request = LoginRequest.of(fields::get).authenticationRequest(platform, state,
                URI.create("https://tool.example.org/lti/launch"));
        assertEquals(ISS + "/auth?x=1&scope=openid&response_type=id_token&response_mode=form_post&prompt=none"
                + "&client_id=client-a&redirect_uri=https%3A%2F%2Ftool.example.org%2Flti%2Flaunch&login_hint=u-42"
                + "&state=s-1&nonce=n-1&lti_message_hint=m-7", request.toString());
    }
}

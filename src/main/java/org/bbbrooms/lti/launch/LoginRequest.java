package org.bbbrooms.lti.launch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.bbbrooms.lti.LtiPlatform;

/**
 * A platform's OIDC third-party-initiated login (LTI Core 1.3 §5.1.1.1, by GET or POST): the issuer, the login and
 * message hints to hand back, the target_link_uri, and the client and deployment ids when the platform sends them.
 * It picks the platform it names and builds the authentication request (§5.1.1.2) that answers it.
 * <p>Use: {@code LoginRequest login = LoginRequest.of(request::getParameter);
 * LtiPlatform platform = login.platformAmong(platforms.byIssuer(login.issuer()));}
 */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, Optional<String> messageHint,
        Optional<String> clientId, Optional<String> deploymentId) {

    private static final int MAX = 2000;

    /** The login of these request parameters; LOGIN_MALFORMED when one it needs is missing or too long. */
    public static LoginRequest of(UnaryOperator<String> parameter) {
        return new LoginRequest(required(parameter, "iss"), required(parameter, "login_hint"),
                required(parameter, "target_link_uri"), optional(parameter, "lti_message_hint"),
                optional(parameter, "client_id"), optional(parameter, "lti_deployment_id"));
    }

    /**
     * The platform among those of the issuer: the one of the client id, or the only one when the platform sends
     * none; it must be active and, when a deployment id is given, launch from it.
     */
    public LtiPlatform platformAmong(List<LtiPlatform> ofIssuer) {
        LtiPlatform platform = named(ofIssuer, clientId)
                .orElseThrow(() -> new LaunchRefusedException(LaunchRefusal.UNKNOWN_PLATFORM));
        if (!platform.isActive()) {
            throw new LaunchRefusedException(LaunchRefusal.PLATFORM_DISABLED);
        }
        if (deploymentId.filter(id -> !platform.launchesFrom(id)).isPresent()) {
            throw new LaunchRefusedException(LaunchRefusal.UNKNOWN_DEPLOYMENT);
        }
        return platform;
    }

    /** The one platform among those of an issuer with this client id (any, when none is given). */
    public static Optional<LtiPlatform> named(List<LtiPlatform> ofIssuer, Optional<String> clientId) {
        List<LtiPlatform> named = ofIssuer.stream()
                .filter(platform -> clientId.map(platform.getClientId()::equals).orElse(true)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The authentication request to the platform's authorization endpoint, answered by form post to the launch. */
    public URI authenticationRequest(LtiPlatform platform, LoginState login, URI launch) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("scope", "openid");
        fields.put("response_type", "id_token");
        fields.put("response_mode", "form_post");
        fields.put("prompt", "none");
        fields.put("client_id", platform.getClientId());
        fields.put("redirect_uri", launch.toString());
        fields.put("login_hint", loginHint);
        fields.put("state", login.getState());
        fields.put("nonce", login.getNonce());
        messageHint.ifPresent(hint -> fields.put("lti_message_hint", hint));
        String endpoint = platform.endpoints().authEndpoint().toString();
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static String required(UnaryOperator<String> parameter, String name) {
        return optional(parameter, name).orElseThrow(() -> new LaunchRefusedException(LaunchRefusal.LOGIN_MALFORMED));
    }

    private static Optional<String> optional(UnaryOperator<String> parameter, String name) {
        Optional<String> value = Optional.ofNullable(parameter.apply(name)).filter(v -> !v.isBlank());
        if (value.filter(v -> v.length() > MAX).isPresent()) {
            throw new LaunchRefusedException(LaunchRefusal.LOGIN_MALFORMED);
        }
        return value;
    }
}

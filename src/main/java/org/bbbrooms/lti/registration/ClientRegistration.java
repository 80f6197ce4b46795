package org.bbbrooms.lti.registration;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.lti.services.Scopes;

/**
 * The tool's OpenID client registration request (LTI Dynamic Registration 1.0 §3.5.2) and what the platform answers
 * (§3.6): an LTI web client that receives id_tokens by form post at the launch URL, calls services with the
 * client-credentials grant and a JWT signed by its key, asks for the AGS and NRPS scopes, and takes resource-link
 * and deep-linking launches.
 * <p>Use: {@code Map<String, Object> body = new ClientRegistration(name, domain, login, launch, deepLinking, jwks)
 * .request();} then {@code ClientRegistration.Registered answer = ClientRegistration.answer(json);}
 */
public record ClientRegistration(String clientName, String domain, URI login, URI launch, URI deepLinking,
        URI jwks) {

    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    /** The identity claims the tool uses: who the user is, their name, e-mail and language. */
    static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "email", "locale");

    /** The platform's answer: the client id it assigned, and the deployment it made, if it says. */
    public record Registered(String clientId, Optional<String> deploymentId) {
    }

    public Map<String, Object> request() {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("domain", domain);
        configuration.put("target_link_uri", launch.toString());
        configuration.put("claims", CLAIMS);
        configuration.put("messages", List.of(Map.of("type", "LtiDeepLinkingRequest",
                "target_link_uri", deepLinking.toString(), "label", clientName)));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("application_type", "web");
        request.put("response_types", List.of("id_token"));
        request.put("grant_types", List.of("implicit", "client_credentials"));
        request.put("initiate_login_uri", login.toString());
        request.put("redirect_uris", List.of(launch.toString()));
        request.put("client_name", clientName);
        request.put("jwks_uri", jwks.toString());
        request.put("token_endpoint_auth_method", "private_key_jwt");
        request.put("scope", String.join(" ", Scopes.TOOL));
        request.put(TOOL_CONFIGURATION, configuration);
        return request;
    }

    /** The registration in the platform's answer; refused when it has no client id. */
    public static Registered answer(Map<String, Object> json) {
        Object clientId = json.get("client_id");
        if (!(clientId instanceof String id) || id.isBlank() || id.length() > 255) {
            throw new RegistrationRefusedException(RegistrationRefusal.PLATFORM_REFUSED,
                    "the answer has no client_id");
        }
        Optional<String> deployment = Optional.ofNullable(json.get(TOOL_CONFIGURATION)).filter(Map.class::isInstance)
                .map(Map.class::cast).map(configuration -> configuration.get("deployment_id"))
                .filter(String.class::isInstance).map(String.class::cast).filter(value -> !value.isBlank());
        return new Registered(id, deployment);
    }
}

package org.bbbrooms.testing.lti;

import static org.bbbrooms.testing.lti.Rejected.require;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /register}, the registration endpoint of LTI Dynamic Registration 1.0 §3.5/§3.6: takes a tool's
 * OpenID client registration request authorised by a one-time registration token, checks it, and answers the
 * registration with the client id, granted scopes and deployment id the platform assigned.
 */
final class DynamicRegistration {

    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    private static final String METADATA = "invalid_client_metadata";
    private static final String REDIRECT = "invalid_redirect_uri";

    private final LtiPlatformEmulator emu;

    DynamicRegistration(LtiPlatformEmulator emu) {
        this.emu = emu;
    }

    void handle(Call call) throws IOException {
        call.requireMethod("POST");
        String token = call.bearer();
        if (!emu.registrations.isRegistrationToken(token)) {
            throw Rejected.bearer(401, "invalid_token", "Authorization: Bearer <registration_token> is missing, "
                    + "unknown or already used");
        }
        require(call.contentType().startsWith("application/json"), METADATA, "Content-Type must be application/json");
        Map<String, Object> request = Json.read(call.body());
        ToolRegistration tool = emu.registrations.add(read(request));
        emu.registrations.spend(token);
        Map<String, Object> answer = new LinkedHashMap<>(request);
        answer.put("client_id", tool.clientId());
        answer.put("scope", String.join(" ", tool.scopes()));
        Map<String, Object> configuration = new LinkedHashMap<>(Json.object(request, TOOL_CONFIGURATION));
        configuration.put("deployment_id", tool.deploymentId());
        answer.put(TOOL_CONFIGURATION, configuration);
        call.json(201, "application/json", answer);
    }

    private ToolRegistration read(Map<String, Object> request) {
        require("web".equals(request.get("application_type")), METADATA, "application_type must be \"web\"");
        require(strings(request, "response_types").contains("id_token"), METADATA,
                "response_types must contain \"id_token\"");
        require(strings(request, "grant_types").containsAll(List.of("implicit", "client_credentials")), METADATA,
                "grant_types must contain \"implicit\" and \"client_credentials\"");
        require("private_key_jwt".equals(request.get("token_endpoint_auth_method")), METADATA,
                "token_endpoint_auth_method must be \"private_key_jwt\"");
        Map<String, Object> configuration = Json.object(request, TOOL_CONFIGURATION);
        require(configuration != null, METADATA, TOOL_CONFIGURATION + " is required");
        String domain = Json.string(configuration, "domain");
        require(domain != null && !domain.isBlank(), METADATA, "the tool configuration's domain is required");
        List<String> domains = new ArrayList<>(List.of(domain));
        domains.addAll(strings(configuration, "secondary_domains"));
        String login = url(request, "initiate_login_uri", domains, METADATA);
        List<String> redirects = strings(request, "redirect_uris");
        require(!redirects.isEmpty(), REDIRECT, "redirect_uris must list at least one URL");
        redirects.forEach(uri -> requireUrl(uri, "redirect_uris", domains, REDIRECT));
        String jwks = Json.string(request, "jwks_uri");
        require(absolute(jwks), METADATA, "jwks_uri must be an absolute http(s) URL");
        String target = url(configuration, "target_link_uri", domains, METADATA);
        require(configuration.get("claims") instanceof List, METADATA, "the tool configuration's claims are required");
        require(configuration.get("messages") instanceof List, METADATA,
                "the tool configuration's messages are required");
        String deepLink = target;
        for (Object message : Json.array(configuration, "messages")) {
            require(message instanceof Map<?, ?>, METADATA, "each message is an object");
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) message;
            String type = Json.string(m, "type");
            require(LtiClaims.RESOURCE_LINK_REQUEST.equals(type) || LtiClaims.DEEP_LINKING_REQUEST.equals(type),
                    METADATA, "message type " + type + " is not supported by this platform");
            if (LtiClaims.DEEP_LINKING_REQUEST.equals(type) && m.get("target_link_uri") != null) {
                deepLink = url(m, "target_link_uri", domains, METADATA);
            }
        }
        Set<String> scopes = new LinkedHashSet<>();
        String requested = Json.string(request, "scope");
        for (String scope : requested == null ? new String[0] : requested.trim().split("\\s+")) {
            if (LtiClaims.ADVANTAGE_SCOPES.contains(scope)) {
                scopes.add(scope);
            }
        }
        Map<String, String> custom = new LinkedHashMap<>();
        Map<String, Object> parameters = Json.object(configuration, "custom_parameters");
        if (parameters != null) {
            parameters.forEach((name, value) -> custom.put(name, String.valueOf(value)));
        }
        String name = Json.string(request, "client_name");
        return new ToolRegistration(Registrations.random(), Registrations.random(), name == null ? "" : name, login,
                redirects, jwks, target, deepLink, scopes, Set.copyOf(strings(configuration, "claims")), custom);
    }

    private static String url(Map<String, Object> json, String name, List<String> domains, String error) {
        String value = Json.string(json, name);
        requireUrl(value, name, domains, error);
        return value;
    }

    /** An absolute http(s) URL on the tool's domain or one of its secondary domains (host, or host:port). */
    private static void requireUrl(String value, String name, List<String> domains, String error) {
        require(absolute(value), error, name + " must be an absolute http(s) URL: " + value);
        URI uri = URI.create(value);
        require(domains.contains(uri.getHost()) || domains.contains(uri.getAuthority()), error,
                name + " " + value + " is not on the tool's domain " + domains);
    }

    private static boolean absolute(String value) {
        try {
            URI uri = value == null ? null : new URI(value);
            return uri != null && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<String> strings(Map<String, Object> json, String name) {
        List<String> values = new ArrayList<>();
        for (Object value : Json.array(json, name)) {
            require(value instanceof String, METADATA, name + " must be an array of strings");
            values.add((String) value);
        }
        return values;
    }
}

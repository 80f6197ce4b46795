package org.bbbrooms.testing.lti;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /.well-known/openid-configuration}: the platform's configuration, as LTI Dynamic Registration 1.0
 * §3.4 has a tool read it before it registers.
 */
final class OpenIdConfiguration {

    static final String PRODUCT_FAMILY_CODE = "bbbrooms-emulator";
    static final String VERSION = "1.0";

    private OpenIdConfiguration() {
    }

    static Map<String, Object> of(LtiPlatformEmulator emu) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("issuer", emu.issuer());
        config.put("authorization_endpoint", emu.authorizationEndpoint());
        config.put("token_endpoint", emu.tokenEndpoint());
        config.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        config.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        config.put("jwks_uri", emu.jwksUrl());
        config.put("registration_endpoint", emu.url("/register"));
        List<String> scopes = new ArrayList<>(List.of("openid"));
        scopes.addAll(LtiClaims.ADVANTAGE_SCOPES);
        config.put("scopes_supported", scopes);
        config.put("response_types_supported", List.of("id_token"));
        config.put("subject_types_supported", List.of("public"));
        config.put("id_token_signing_alg_values_supported", List.of("RS256"));
        config.put("claims_supported",
                List.of("sub", "iss", "name", "given_name", "family_name", "email", "locale"));
        config.put("https://purl.imsglobal.org/spec/lti-platform-configuration", Map.of(
                "product_family_code", PRODUCT_FAMILY_CODE,
                "version", VERSION,
                "messages_supported", List.of(
                        Map.of("type", LtiClaims.RESOURCE_LINK_REQUEST),
                        Map.of("type", LtiClaims.DEEP_LINKING_REQUEST)),
                "variables", List.of()));
        return config;
    }
}

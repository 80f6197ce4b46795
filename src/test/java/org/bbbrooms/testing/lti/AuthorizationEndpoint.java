package org.bbbrooms.testing.lti;

import static org.bbbrooms.testing.lti.Rejected.require;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET|POST /auth}: the OIDC authorization endpoint (LTI Core §5.1.1.2 to §5.1.1.4, 1EdTech Security
 * Framework §5.1.1). It checks the tool's authentication request against the login it started and answers in
 * form_post mode: a page that POSTs {@code id_token} and {@code state} to the redirect_uri, or {@code error} and
 * {@code state} when the request is wrong. A request whose client_id or redirect_uri is wrong gets a 400 page instead,
 * since there is nowhere safe to send it (OIDC Core §3.1.2.6).
 */
final class AuthorizationEndpoint {

    private final LtiPlatformEmulator emu;

    AuthorizationEndpoint(LtiPlatformEmulator emu) {
        this.emu = emu;
    }

    void handle(Call call) throws IOException {
        call.requireMethod("GET", "POST");
        Map<String, String> request = call.params();
        ToolRegistration tool = emu.registrations.tool(request.get("client_id"));
        require(tool != null, "client_id " + request.get("client_id") + " is not a registered tool");
        String redirect = request.get("redirect_uri");
        require(tool.redirectUris().contains(redirect),
                "redirect_uri " + redirect + " is not one of the tool's redirect_uris " + tool.redirectUris());
        Map<String, String> answer = new LinkedHashMap<>();
        try {
            Launch launch = check(request, tool);
            answer.put("id_token", launch.idToken(request.get("nonce")));
        } catch (Rejected refused) {
            answer.put("error", refused.error != null ? refused.error : "invalid_request");
            answer.put("error_description", refused.getMessage());
        }
        if (request.get("state") != null) {
            answer.put("state", request.get("state"));
        }
        call.html(200, Html.page("Signing in", Html.autoSubmit(redirect, answer, null)));
    }

    private Launch check(Map<String, String> request, ToolRegistration tool) {
        String scope = request.getOrDefault("scope", "");
        require(Arrays.asList(scope.split(" ")).contains("openid"), "invalid_scope", "scope must include openid");
        require("id_token".equals(request.get("response_type")), "unsupported_response_type",
                "response_type must be id_token");
        require("form_post".equals(request.get("response_mode")), "invalid_request",
                "response_mode must be form_post");
        require("none".equals(request.get("prompt")), "invalid_request", "prompt must be none");
        String nonce = request.get("nonce");
        require(nonce != null && !nonce.isBlank(), "invalid_request", "nonce is required");
        Launch launch = emu.launches.get(request.getOrDefault("lti_message_hint", ""));
        require(launch != null && launch.tool().clientId().equals(tool.clientId()), "invalid_request",
                "lti_message_hint is not one this platform issued to this tool");
        require(launch.loginHint.equals(request.get("login_hint")), "login_required",
                "login_hint is not the one this platform sent with that lti_message_hint");
        return launch;
    }
}

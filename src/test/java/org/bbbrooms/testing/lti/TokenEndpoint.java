package org.bbbrooms.testing.lti;

import static org.bbbrooms.testing.lti.Rejected.require;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /token}: the OAuth 2 client-credentials grant with a JWT client assertion (1EdTech Security Framework
 * §4.1, RFC 7523 §2.2), by which a tool gets an access token for the LTI Advantage services. The assertion must be
 * signed RS256 by the tool's key, with iss = sub = its client id, aud naming this endpoint (or the issuer), a
 * future exp, a past iat and a jti never seen before.
 */
final class TokenEndpoint {

    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final LtiPlatformEmulator emu;
    /** Seen jti values and when their assertion expires (a replay after that fails on exp anyway). */
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    TokenEndpoint(LtiPlatformEmulator emu) {
        this.emu = emu;
    }

    void handle(Call call) throws IOException {
        call.requireMethod("POST");
        require(call.contentType().startsWith("application/x-www-form-urlencoded"), "invalid_request",
                "the request must be application/x-www-form-urlencoded");
        Map<String, String> form = call.form();
        require("client_credentials".equals(form.get("grant_type")), "unsupported_grant_type",
                "grant_type must be client_credentials");
        client(JWT_BEARER.equals(form.get("client_assertion_type")), "client_assertion_type must be " + JWT_BEARER);
        ToolRegistration tool = authenticate(form.getOrDefault("client_assertion", ""));
        client(form.get("client_id") == null || form.get("client_id").equals(tool.clientId()),
                "client_id is not the assertion's issuer");
        Set<String> scopes = new LinkedHashSet<>(List.of(form.getOrDefault("scope", "").trim().split("\\s+")));
        scopes.remove("");
        require(!scopes.isEmpty(), "invalid_scope", "scope is required");
        for (String scope : scopes) {
            require(tool.scopes().contains(scope), "invalid_scope", scope + " is not granted to this tool");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", emu.tokens.issue(tool.clientId(), scopes));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", AccessTokens.LIFETIME.toSeconds());
        answer.put("scope", String.join(" ", scopes));
        call.json(200, "application/json", answer);
    }

    private ToolRegistration authenticate(String assertion) {
        ToolRegistration tool;
        try {
            tool = emu.registrations.tool(SignedJWT.parse(assertion).getJWTClaimsSet().getIssuer());
        } catch (ParseException e) {
            throw Rejected.oauth(401, "invalid_client", "client_assertion is not a signed JWT: " + e.getMessage());
        }
        client(tool != null, "the client_assertion's iss is not a registered client id");
        JWTClaimsSet claims;
        try {
            claims = emu.toolKeys.verify(assertion, tool, "invalid_client");
        } catch (Rejected refused) {
            throw Rejected.oauth(401, "invalid_client", refused.getMessage());
        }
        Instant now = emu.clock.instant();
        client(tool.clientId().equals(claims.getSubject()), "the client_assertion's sub must be its iss");
        client(claims.getAudience().contains(emu.tokenEndpoint()) || claims.getAudience().contains(emu.issuer()),
                "the client_assertion's aud must name the token endpoint " + emu.tokenEndpoint());
        Date exp = claims.getExpirationTime();
        client(exp != null && exp.toInstant().isAfter(now), "the client_assertion has expired (or has no exp)");
        Date iat = claims.getIssueTime();
        client(iat != null && !iat.toInstant().isAfter(now.plusSeconds(60)), "the client_assertion's iat is "
                + "missing or in the future");
        String jti = claims.getJWTID();
        client(jti != null, "the client_assertion has no jti");
        seen.values().removeIf(expires -> expires.isBefore(now));
        client(seen.putIfAbsent(jti, exp.toInstant()) == null, "the client_assertion's jti was used before");
        return tool;
    }

    private static void client(boolean condition, String reason) {
        if (!condition) {
            throw Rejected.oauth(401, "invalid_client", reason);
        }
    }
}

package org.bbbrooms.testing.lti;

import static org.bbbrooms.testing.lti.Rejected.require;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /deep-link-return}: the deep_link_return_url of Deep Linking 2.0. It takes the form field {@code JWT},
 * checks the LtiDeepLinkingResponse as §4.2 asks (RS256 by the tool's key from its jwks_uri, iss = client id,
 * aud = this platform, exp, nonce, message type, version, deployment id, and the request's {@code data} echoed), and
 * places each {@code ltiResourceLink} in the course, with its line item when it has one. It answers a page with
 * {@code <p id="placed">Placed: <title></p>}, or a 400 that says what was wrong.
 */
final class DeepLinkReturn {

    private final LtiPlatformEmulator emu;
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();

    DeepLinkReturn(LtiPlatformEmulator emu) {
        this.emu = emu;
    }

    void handle(Call call) throws IOException {
        call.requireMethod("POST");
        String jwt = call.form().get("JWT");
        require(jwt != null, "the form field JWT is required");
        ToolRegistration tool;
        try {
            tool = emu.registrations.tool(SignedJWT.parse(jwt).getJWTClaimsSet().getIssuer());
        } catch (ParseException e) {
            throw Rejected.bad("JWT is not a signed JWT: " + e.getMessage());
        }
        require(tool != null, "the JWT's iss is not the client id of a registered tool");
        JWTClaimsSet claims = emu.toolKeys.verify(jwt, tool, null);
        Launch request = check(claims, tool);
        List<Object> items = claimList(claims, LtiClaims.CONTENT_ITEMS);
        require(items.size() <= 1, "accept_multiple was false, but the response has " + items.size() + " items");
        String placed = "Nothing placed";
        if (items.size() == 1) {
            require(items.get(0) instanceof Map<?, ?>, "each content item is an object");
            @SuppressWarnings("unchecked")
            ResourceLink link = place((Map<String, Object>) items.get(0), request);
            placed = "Placed: " + link.title();
        }
        emu.deepLinks.remove(request.deepLinkingData);
        Object message = claims.getClaim(LtiClaims.DEEP_LINKING_ERRORMSG) != null
                ? claims.getClaim(LtiClaims.DEEP_LINKING_ERRORMSG) : claims.getClaim(LtiClaims.DEEP_LINKING_MSG);
        call.html(200, Html.page(request.context().title(),
                "<p id=\"placed\">" + Html.escape(placed) + "</p>"
                        + (message == null ? "" : "\n<p id=\"message\">" + Html.escape(message.toString()) + "</p>")));
    }

    /** The checks of Deep Linking 2.0 §4.2 and the Security Framework §5.1.3; the request the response answers. */
    private Launch check(JWTClaimsSet claims, ToolRegistration tool) {
        Instant now = emu.clock.instant();
        require(claims.getAudience().contains(emu.issuer()), "aud must be the platform's issuer " + emu.issuer());
        require(claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now),
                "the JWT has expired (or has no exp)");
        require(claims.getIssueTime() != null, "the JWT has no iat");
        Object nonce = claims.getClaim("nonce");
        require(nonce instanceof String, "the JWT has no nonce");
        require(LtiClaims.DEEP_LINKING_RESPONSE.equals(claims.getClaim(LtiClaims.MESSAGE_TYPE)),
                "message_type must be " + LtiClaims.DEEP_LINKING_RESPONSE);
        require("1.3.0".equals(claims.getClaim(LtiClaims.VERSION)), "version must be 1.3.0");
        require(tool.deploymentId().equals(claims.getClaim(LtiClaims.DEPLOYMENT_ID)),
                "deployment_id must be the tool's, " + tool.deploymentId());
        Object data = claims.getClaim(LtiClaims.DEEP_LINKING_DATA);
        Launch request = data == null ? null : emu.deepLinks.get(data.toString());
        require(request != null && request.tool().clientId().equals(tool.clientId()),
                "data must echo the deep linking request's data (and that request must be pending)");
        require(nonces.add((String) nonce), "the nonce " + nonce + " was used before");
        return request;
    }

    private ResourceLink place(Map<String, Object> item, Launch request) {
        require("ltiResourceLink".equals(item.get("type")),
                "content item type " + item.get("type") + " is not among accept_types [ltiResourceLink]");
        String title = Json.string(item, "title");
        Map<String, String> custom = new LinkedHashMap<>();
        Map<String, Object> parameters = Json.object(item, "custom");
        if (parameters != null) {
            parameters.forEach((name, value) -> custom.put(name, String.valueOf(value)));
        }
        Map<String, Object> lineItem = Json.object(item, "lineItem");
        Object maximum = lineItem == null ? null : lineItem.get("scoreMaximum");
        require(lineItem == null || maximum instanceof Number, "lineItem.scoreMaximum is required");
        ResourceLink link = new ResourceLink(request.context().id(), "dl-" + Registrations.random(),
                title == null ? "Untitled" : title, request.tool().clientId(), Json.string(item, "url"), custom);
        emu.roster.add(link);
        if (lineItem != null) {
            String label = Json.string(lineItem, "label");
            emu.gradebook.add(new LineItem(null, link.contextId(), label == null ? link.title() : label,
                    ((Number) maximum).doubleValue(), link.id(), Json.string(lineItem, "resourceId"),
                    Json.string(lineItem, "tag"), null, null));
        }
        return link;
    }

    private static List<Object> claimList(JWTClaimsSet claims, String name) {
        try {
            List<Object> list = claims.getListClaim(name);
            return list == null ? List.of() : list;
        } catch (ParseException e) {
            throw Rejected.bad(name + " must be an array");
        }
    }
}

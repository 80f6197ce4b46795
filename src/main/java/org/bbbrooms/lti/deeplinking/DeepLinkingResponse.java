package org.bbbrooms.lti.deeplinking;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bbbrooms.lti.DeepLinkingRequest;

/**
 * The claims of the LtiDeepLinkingResponse (Deep Linking 2.0 §4.2) that places one room in the LMS: issued by the
 * tool as its client id at the platform, for the platform's issuer, short lived, with the request's deployment and
 * {@code data} echoed, and one {@code ltiResourceLink} to the launch URL whose custom parameter {@code room} names
 * the room, so that its launches open that room.
 * <p>Use: {@code String jwt = toolKeys.sign(DeepLinkingResponse.claims(request, clientId, issuer, item, now));}
 */
public final class DeepLinkingResponse {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    /** How long the platform may take to receive it. */
    static final Duration VALID = Duration.ofMinutes(5);

    /** The room to place: what the LMS calls the link, where it launches, and the room's public id. */
    public record Item(String title, URI launchUrl, String roomPublicId) {
    }

    private DeepLinkingResponse() {
    }

    public static JWTClaimsSet claims(DeepLinkingRequest request, String clientId, String platformIssuer, Item item,
            Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientId).audience(platformIssuer)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(VALID)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LTI + "deployment_id", request.deploymentId())
                .claim(LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LTI + "version", "1.3.0")
                .claim(DL + "content_items", List.of(Map.of("type", "ltiResourceLink", "title", item.title(),
                        "url", item.launchUrl().toString(), "custom", Map.of("room", item.roomPublicId()))));
        request.data().ifPresent(data -> claims.claim(DL + "data", data));
        return claims.build();
    }
}

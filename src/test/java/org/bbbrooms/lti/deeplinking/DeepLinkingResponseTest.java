package org.bbbrooms.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.lti.DeepLinkingRequest;
import org.junit.jupiter.api.Test;

/** The LtiDeepLinkingResponse carries what Deep Linking 2.0 §4.2 asks, and the room in its one resource link. */
class DeepLinkingResponseTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final DeepLinkingResponse.Item ITEM = new DeepLinkingResponse.Item("Office hours · Maths",
            URI.create("https://rooms.example.org/lti/launch"), "r0000000000000000000001");

    @Test
    void theResponseIsTheToolsForThePlatformAndEchoesTheRequest() throws Exception {
        DeepLinkingRequest request = new DeepLinkingRequest(3, "dep-1", 12, 40,
                URI.create("https://lms.example.edu/return"), Optional.of("opaque-data"), false);
        JWTClaimsSet claims = DeepLinkingResponse.claims(request, "client-7", "https://lms.example.edu", ITEM, NOW);

        assertEquals("client-7", claims.getIssuer());
        assertEquals(List.of("https://lms.example.edu"), claims.getAudience());
        assertEquals(NOW, claims.getIssueTime().toInstant());
        assertEquals(NOW.plus(DeepLinkingResponse.VALID), claims.getExpirationTime().toInstant());
        assertEquals("dep-1", claims.getClaim(DeepLinkingResponse.LTI + "deployment_id"));
        assertEquals("LtiDeepLinkingResponse", claims.getClaim(DeepLinkingResponse.LTI + "message_type"));
        assertEquals("1.3.0", claims.getClaim(DeepLinkingResponse.LTI + "version"));
        assertEquals("opaque-data", claims.getClaim(DeepLinkingResponse.DL + "data"));
        assertEquals(List.of(Map.of("type", "ltiResourceLink", "title", ITEM.title(),
                "url", "https://rooms.example.org/lti/launch", "custom", Map.of("room", ITEM.roomPublicId()))),
                claims.getListClaim(DeepLinkingResponse.DL + "content_items"));
        assertNotEquals(claims.getStringClaim("nonce"),
                DeepLinkingResponse.claims(request, "client-7", "https://lms.example.edu", ITEM, NOW)
                        .getStringClaim("nonce"), "a new nonce each time");
    }

    @Test
    void aRequestWithoutDataGetsNone() {
        DeepLinkingRequest request = new DeepLinkingRequest(3, "dep-1", 12, 40,
                URI.create("https://lms.example.edu/return"), Optional.empty(), false);
        assertNull(DeepLinkingResponse.claims(request, "c", "https://lms.example.edu", ITEM, NOW)
                .getClaim(DeepLinkingResponse.DL + "data"));
    }
}

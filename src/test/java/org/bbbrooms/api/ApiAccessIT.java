package org.bbbrooms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.bbbrooms.testing.Api;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.ApiToken;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The door of the host API, as a host portal meets it over HTTP: no token, a wrong, revoked or expired one are
 * refused with a problem detail that says what to send; a good one reaches {@code /me}; a client over its rate is
 * told when to retry; a path that does not exist is a problem detail too, in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessIT {

    @ArquillianResource
    URL base;

    private Server server;

    @BeforeEach
    void server() {
        server = Server.at(base);
    }

    @Test
    void withoutAValidTokenTheApiAnswers401WithAProblemThatSaysWhatToSend() {
        for (Api api : new Api[] {Api.anonymous(base), Api.at(base, "bbr_not-a-token"), Api.at(base, "Basic x")}) {
            Api.Reply reply = api.get("me");
            assertEquals(401, reply.status(), reply.toString());
            assertTrue(reply.header("Content-Type").orElseThrow().startsWith(Problem.MEDIA_TYPE));
            assertEquals("Bearer realm=\"bbb-rooms\"", reply.header("WWW-Authenticate").orElseThrow());
            assertEquals(401, reply.json().getInt("status"));
            assertTrue(reply.json().getString("detail").contains("Authorization: Bearer"), reply.body());
        }
    }

    @Test
    void aValidTokenNamesItsClientAndScopesUntilItIsRevoked() {
        ApiToken token = server.apiToken("reports,read");
        Api api = Api.at(base, token.token());
        Api.Reply me = api.get("me");
        assertEquals(200, me.status(), me.toString());
        assertEquals(token.name(), me.json().getString("name"));
        assertEquals("[\"read\",\"reports\"]", me.json().getJsonArray("scopes").toString());

        server.revoke(token);
        assertEquals(401, api.get("me").status());
    }

    @Test
    void aTokenStopsWorkingWhenItExpires() {
        Api api = Api.at(base, server.apiToken("read", "expiresIn=PT1M").token());
        assertEquals(200, api.get("me").status());
        server.advance(Duration.ofSeconds(61));
        assertEquals(401, api.get("me").status());
    }

    @Test
    void aClientOverItsRateIsToldWhenToRetryAndMayGoOnAfterThat() {
        Api api = Api.at(base, server.apiToken("read", "rateLimit=2").token());
        assertEquals(200, api.get("me").status());
        assertEquals(200, api.get("me").status());
        Api.Reply refused = api.get("me");
        assertEquals(429, refused.status(), refused.toString());
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);

        server.advance(Duration.ofSeconds(retryAfter));
        assertEquals(200, api.get("me").status());
    }

    @Test
    void anUnknownPathIsAProblemDetailInTheCallersLanguage() {
        Api.Reply reply = Api.at(base, server.apiToken("read").token()).get("no-such-thing", "Accept-Language", "fr");
        assertEquals(404, reply.status());
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith(Problem.MEDIA_TYPE));
        assertTrue(reply.json().getString("detail").startsWith("Il n’y a rien à ce chemin"), reply.body());
    }
}

package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Behind a load balancer the client reads the redirect of its join: the {@code Location} (absolute or relative), the
 * server it names, and a clear error for anything else.
 */
class JoinRedirectTest {

    private static final URI ASKED = URI.create("https://lb.example.org/bigbluebutton/api/join?meetingID=m&checksum=c");

    @Test
    void anAbsoluteLocationNamesTheServerOfItsJoin() {
        JoinRedirect to = JoinRedirect.read(ASKED, 302,
                Optional.of(" https://bbb3.example.org/bigbluebutton/api/join?meetingID=m&checksum=x%2By "));
        assertEquals(URI.create("https://bbb3.example.org/bigbluebutton/api/join?meetingID=m&checksum=x%2By"),
                to.location(), "the raw query is kept as signed");
        assertEquals(Optional.of(BbbServerUrl.parse("https://bbb3.example.org/bigbluebutton")), to.server());
    }

    @Test
    void aRelativeLocationIsResolvedAgainstTheJoinAsked() {
        JoinRedirect to = JoinRedirect.read(ASKED, 307, Optional.of("/pool/bbb2/bigbluebutton/api/join?a=1"));
        assertEquals(URI.create("https://lb.example.org/pool/bbb2/bigbluebutton/api/join?a=1"), to.location());
        assertEquals("https://lb.example.org/pool/bbb2/bigbluebutton", to.server().orElseThrow().toString());
    }

    @Test
    void aLocationThatIsNoServersJoinIsFollowedButNamesNoServer() {
        JoinRedirect to = JoinRedirect.read(ASKED, 302, Optional.of("https://bbb3.example.org/html5client/join?sessionToken=t"));
        assertEquals("/html5client/join", to.location().getPath());
        assertEquals(Optional.empty(), to.server());
    }

    @Test
    void anythingButARedirectToAnHttpUrlIsRefused() {
        assertEquals("HTTP 200 instead of a redirect",
                assertThrows(BbbProtocolException.class, () -> JoinRedirect.read(ASKED, 200, Optional.empty())).getMessage());
        assertEquals("HTTP 302 without a Location",
                assertThrows(BbbProtocolException.class, () -> JoinRedirect.read(ASKED, 302, Optional.of("  "))).getMessage());
        assertTrue(assertThrows(BbbProtocolException.class, () -> JoinRedirect.read(ASKED, 302,
                Optional.of("https://bbb 3/<join>"))).getMessage().startsWith("HTTP 302 whose Location is not a URL"));
        for (String garbage : new String[] {"javascript:alert(1)", "ftp://bbb3.example.org/bigbluebutton/api/join",
                "https://user:pw@bbb3.example.org/bigbluebutton/api/join", "mailto:x@example.org"}) {
            assertTrue(assertThrows(BbbProtocolException.class, () -> JoinRedirect.read(ASKED, 302, Optional.of(garbage)))
                    .getMessage().startsWith("HTTP 302 whose Location is not an http(s) URL"), garbage);
        }
    }
}

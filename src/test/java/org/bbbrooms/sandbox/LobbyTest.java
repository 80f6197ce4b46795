package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Guests and the lobby as bbb-web has them: under {@code guestPolicy=ASK_MODERATOR} a {@code guest=true} join waits
 * (guestStatus WAIT, not an attendee) until a moderator admits or denies it on the conference page; other joins go
 * straight in, and {@code ALWAYS_DENY} refuses guests.
 */
class LobbyTest {

    private static final Pattern DECISION = Pattern.compile("action=\"[^\"]*/sandbox(/conference/guest\\?[^\"]+admit=(true|false))\"");

    private final Sandbox sandbox = new Sandbox();
    private final SandboxRouter router = new SandboxRouter(sandbox.server);

    @AfterEach
    void close() {
        sandbox.close();
    }

    private SandboxResponse page(String method, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return router.route(new SandboxRequest(method, pathAndQuery.substring(0, q), pathAndQuery.substring(q + 1), "",
                Optional.empty(), Optional.empty(), "http://portal.test"));
    }

    private String guestJoin(String name) {
        SandboxResponse r = sandbox.raw("join", Signer.signed("SHA-256", "join",
                "meetingID=m1&fullName=" + name + "&userID=g-" + name + "&role=VIEWER&guest=true", Sandbox.SECRET));
        assertEquals(302, r.status(), r.body());
        return r.headers().get("Location").replaceFirst(".*session=", "");
    }

    private int attendees() {
        return Integer.parseInt(sandbox.call("getMeetingInfo", "meetingID=m1").text("/response/participantCount"));
    }

    @Test
    void aModeratorAdmitsOneWaitingGuestAndDeniesAnother() {
        sandbox.create("m1", "&guestPolicy=ASK_MODERATOR");
        String teacher = sandbox.join("m1", "t", "MODERATOR");
        String gwen = guestJoin("Gwen");
        String eve = guestJoin("Eve");
        assertEquals(1, attendees(), "guests in the lobby are not in the meeting");
        assertTrue(page("GET", "/conference/status?session=" + gwen).body().contains("\"waiting\""));

        String moderatorPage = page("GET", "/conference?session=" + teacher).body();
        Matcher decisions = DECISION.matcher(moderatorPage);
        assertTrue(decisions.find() && decisions.group(2).equals("true"), moderatorPage);
        String admitGwen = decisions.group(1).replace("&amp;", "&");
        assertTrue(decisions.find() && decisions.find() && decisions.group(2).equals("true"));
        assertTrue(decisions.find() && decisions.group(2).equals("false"));
        String denyEve = decisions.group(1).replace("&amp;", "&");
        assertFalse(moderatorPage.contains(gwen) || moderatorPage.contains(eve),
                "guests' session tokens are never shown to moderators");

        assertEquals(409, page("POST", admitGwen.replace("session=" + teacher, "session=" + eve)).status(),
                "a guest cannot admit anybody");
        assertEquals(303, page("POST", admitGwen).status());
        assertEquals(303, page("POST", denyEve).status());
        assertEquals(2, attendees(), "Gwen is in");
        assertTrue(page("GET", "/conference?session=" + gwen).body().contains("id=\"sandbox-conference\""));
        assertTrue(page("GET", "/conference?session=" + eve).body().contains("data-state=\"denied\""));
    }

    @Test
    void withoutAskModeratorGuestsGoStraightInOrAreRefused() {
        sandbox.create("m1", "");
        guestJoin("Gwen");
        assertEquals(1, attendees(), "ALWAYS_ACCEPT is the default");
        sandbox.create("m2", "&guestPolicy=ALWAYS_DENY");
        SandboxResponse refused = sandbox.raw("join", Signer.signed("SHA-256", "join",
                "meetingID=m2&fullName=Eve&role=VIEWER&guest=true&redirect=false", Sandbox.SECRET));
        assertEquals("guestDeniedAccess", XmlDoc.parse(refused.body()).messageKey());
    }
}

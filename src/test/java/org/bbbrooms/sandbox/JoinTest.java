package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JoinTest {

    private final Sandbox sandbox = new Sandbox();
    private String createTime;

    @BeforeEach
    void create() {
        createTime = sandbox.create("m1", "&attendeePW=ap&moderatorPW=mp&maxParticipants=2")
                .text("/response/createTime");
    }

    @AfterEach
    void close() {
        sandbox.close();
    }

    private SandboxResponse join(String query) {
        return sandbox.raw("join", Signer.signed("SHA-256", "join", query, Sandbox.SECRET));
    }

    private XmlDoc joinXml(String query) {
        return XmlDoc.parse(join(query + "&redirect=false").body());
    }

    private String roleOf(String userId) {
        return sandbox.call("getMeetingInfo", "meetingID=m1")
                .text("/response/attendees/attendee[userID='" + userId + "']/role");
    }

    @Test
    void joinByRoleRedirectsToTheConferencePageWithAnUnguessableSession() {
        SandboxResponse r = join("meetingID=m1&fullName=Ada&userID=lovelace&role=MODERATOR&createTime=" + createTime);

        assertEquals(302, r.status());
        String location = r.headers().get("Location");
        assertTrue(location.startsWith(Sandbox.SANDBOX_URL + "/conference?session="), location);
        assertTrue(location.substring(location.indexOf('=') + 1).matches("[0-9a-f]{32}"), location);
        // "lovelace" is not hex, so a random session can never contain it by chance ("ada" could, once in 140 runs)
        assertFalse(location.contains("lovelace"), "the session must not be derived from the userID");
        assertEquals("MODERATOR", roleOf("lovelace"));
    }

    @Test
    void roleIsCaseInsensitiveAndWinsOverAPassword() {
        join("meetingID=m1&fullName=Bob&userID=bob&role=viewer&password=mp");

        assertEquals("VIEWER", roleOf("bob"));
    }

    @Test
    void theLegacyPasswordsGiveTheRoles() {
        join("meetingID=m1&fullName=Ada&userID=ada&password=mp");
        join("meetingID=m1&fullName=Bob&userID=bob&password=ap");

        assertEquals("MODERATOR", roleOf("ada"));
        assertEquals("VIEWER", roleOf("bob"));
    }

    @Test
    void aWrongOrMissingPasswordIsInvalidPassword() {
        assertEquals("invalidPassword", joinXml("meetingID=m1&fullName=Eve&password=guess").messageKey());
        assertEquals("invalidPassword", joinXml("meetingID=m1&fullName=Eve&role=ADMIN").messageKey());
        assertEquals("invalidPassword", joinXml("meetingID=m1&fullName=Eve").messageKey());
    }

    @Test
    void joinWithRedirectFalseAnswersTheSessionInXml() {
        XmlDoc joined = joinXml("meetingID=m1&fullName=Ada&userID=ada&role=MODERATOR");

        assertEquals("SUCCESS", joined.returnCode());
        assertEquals("successfullyJoined", joined.messageKey());
        assertEquals("ALLOW", joined.text("/response/guestStatus"));
        assertTrue(joined.text("/response/user_id").startsWith("w_"));
        assertTrue(joined.text("/response/url").endsWith("session=" + joined.text("/response/session_token")));
        assertEquals(sandbox.call("getMeetingInfo", "meetingID=m1").text("/response/internalMeetingID"),
                joined.text("/response/meeting_id"));
    }

    @Test
    void aStaleCreateTimeIsRefused() {
        assertEquals("mismatchCreateTimeParam",
                joinXml("meetingID=m1&fullName=Ada&role=VIEWER&createTime=1234").messageKey());
        assertEquals("mismatchCreateTimeParam",
                joinXml("meetingID=m1&fullName=Ada&role=VIEWER&createTime=yesterday").messageKey());
    }

    @Test
    void aFullMeetingRefusesANewUserButLetsAUserInAgain() {
        join("meetingID=m1&fullName=Ada&userID=ada&role=MODERATOR");
        join("meetingID=m1&fullName=Bob&userID=bob&role=VIEWER");

        XmlDoc third = joinXml("meetingID=m1&fullName=Cy&userID=cy&role=VIEWER");
        XmlDoc bobAgain = joinXml("meetingID=m1&fullName=Bob&userID=bob&role=VIEWER");

        assertEquals("FAILED", third.returnCode());
        assertEquals("maxParticipantsReached", third.messageKey());
        assertEquals("SUCCESS", bobAgain.returnCode());
        assertEquals(List.of("ada", "bob"), sandbox.call("getMeetingInfo", "meetingID=m1")
                .texts("/response/attendees/attendee/userID"));
    }

    @Test
    void aRejoinReplacesTheEarlierSessionOfTheSameUser() {
        String first = sandbox.join("m1", "ada", "MODERATOR");
        String second = sandbox.join("m1", "ada", "MODERATOR");

        assertNotEquals(first, second);
        assertTrue(sandbox.server.conference(first).isEmpty());
        assertEquals(1, sandbox.server.conference(second).orElseThrow().participants().size());
    }

    @Test
    void joinChecksItsParameters() {
        assertEquals("missingParamFullName", joinXml("meetingID=m1&role=VIEWER").messageKey());
        assertEquals("missingParamFullName", joinXml("meetingID=m1&fullName=+&role=VIEWER").messageKey());
        assertEquals("missingParamMeetingID", joinXml("fullName=Ada&role=VIEWER").messageKey());
        assertEquals("invalidMeetingIdentifier", joinXml("meetingID=nope&fullName=Ada&role=VIEWER").messageKey());
    }

    @Test
    void userDataIsShownAsCustomData() {
        join("meetingID=m1&fullName=Ada&userID=ada&role=VIEWER&userdata-bbb_skip_check_audio=true");

        assertEquals("true", sandbox.call("getMeetingInfo", "meetingID=m1")
                .text("/response/attendees/attendee/customdata/bbb_skip_check_audio"));
    }

    @Test
    void aBrowserJoinThatFailsGoesToItsLogoutUrlWithTheErrorsAsBbbWebDoes() {
        SandboxResponse r = join("meetingID=m1&fullName=Ada&role=VIEWER&createTime=1"
                + "&logoutURL=https%3A%2F%2Fportal.test%2Froom%3Fid%3D7");

        assertEquals(302, r.status());
        URI location = URI.create(r.headers().get("Location"));
        assertEquals("portal.test", location.getHost());
        String query = URLDecoder.decode(location.getRawQuery(), StandardCharsets.UTF_8);
        assertTrue(query.startsWith("id=7&errors=[{"), query);
        assertTrue(query.contains("\"key\":\"mismatchCreateTimeParam\""), query);
    }

    @Test
    void theErrorRedirectUrlOfBbb27WinsOverTheLegacyLogoutUrl() {
        SandboxResponse r = join("meetingID=m1&fullName=Ada&role=VIEWER&createTime=1"
                + "&errorRedirectUrl=https%3A%2F%2Fportal.test%2Fjoin-failed"
                + "&logoutURL=https%3A%2F%2Fportal.test%2Fbye");

        assertEquals(302, r.status());
        URI location = URI.create(r.headers().get("Location"));
        assertEquals("/join-failed", location.getPath());
        assertTrue(URLDecoder.decode(location.getRawQuery(), StandardCharsets.UTF_8)
                .contains("\"key\":\"mismatchCreateTimeParam\""), location.toString());
    }

    @Test
    void aJoinWithABadChecksumFailsInXmlWithoutJoiningOrRedirecting() {
        SandboxResponse r = sandbox.raw("join", "meetingID=m1&fullName=Eve&role=MODERATOR"
                + "&logoutURL=https%3A%2F%2Fevil.test%2F&checksum=" + "0".repeat(64));

        assertEquals(200, r.status());
        assertEquals("checksumError", XmlDoc.parse(r.body()).messageKey());
        assertEquals("0", sandbox.call("getMeetingInfo", "meetingID=m1").text("/response/participantCount"));
    }
}

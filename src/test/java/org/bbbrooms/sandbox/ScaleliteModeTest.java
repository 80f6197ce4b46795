package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox in Scalelite mode answers as Scalelite 1.6 does where it differs from bbb-web. */
class ScaleliteModeTest {

    private final Sandbox sandbox = Sandbox.scalelite("");

    @AfterEach
    void close() {
        sandbox.close();
    }

    private static SandboxRequest request(String path) {
        return new SandboxRequest("GET", path, "", "", Optional.empty(), Optional.empty(), "http://localhost:8080");
    }

    private String recorded(String meetingId) {
        sandbox.create(meetingId, "&record=true");
        sandbox.join(meetingId, "teacher", "MODERATOR");
        sandbox.clock.advance(Duration.ofMinutes(10));
        sandbox.call("end", "meetingID=" + meetingId);
        sandbox.clock.advance(Sandbox.PROCESSING);
        sandbox.server.sweep();
        return sandbox.call("getRecordings", "meetingID=" + meetingId).text("/response/recordings/recording/recordID");
    }

    @Test
    void sha384IsRefusedAndTheOtherThreeAlgorithmsAreTaken() {
        assertEquals("checksumError", XmlDoc.parse(sandbox.raw("getMeetings",
                Signer.signed("SHA-384", "getMeetings", "", Sandbox.SECRET)).body()).messageKey());
        for (String algorithm : new String[] {"SHA-1", "SHA-256", "SHA-512"}) {
            assertEquals("SUCCESS", XmlDoc.parse(sandbox.raw("getMeetings",
                    Signer.signed(algorithm, "getMeetings", "", Sandbox.SECRET)).body()).text("/response/returncode"),
                    algorithm);
        }
    }

    @Test
    void theApiRootReportsOnlyVersionTwo() {
        XmlDoc root = XmlDoc.parse(sandbox.raw("", "").body());
        assertEquals("2.0", root.text("/response/version"));
        assertEquals(0, root.count("/response/bbbVersion"), "Scalelite does not say which BBB is behind it");
    }

    @Test
    void theServerBehindItHasAnApiRootOfItsOwnWithItsVersion() {
        SandboxResponse answer = new SandboxRouter(sandbox.server).route(request(ScaleliteFront.SERVER_API));
        XmlDoc root = XmlDoc.parse(answer.body());
        assertEquals("3.0.0", root.text("/response/bbbVersion"));
        assertEquals(1L, sandbox.server.callCounts().get(SandboxServer.SERVER_ROOT));
        assertEquals(null, sandbox.server.callCounts().get(SandboxServer.ROOT), "Scalelite's own root is not asked");

        try (Sandbox plain = new Sandbox()) {
            assertEquals(404, new SandboxRouter(plain.server).route(request(ScaleliteFront.SERVER_API)).status(),
                    "no server behind a plain BBB");
        }
    }

    @Test
    void getRecordingsNeedsAMeetingOrRecordIdAndIgnoresPagingNewestFirst() {
        String first = recorded("m1");
        String second = recorded("m2");
        String third = recorded("m3");

        XmlDoc unfiltered = sandbox.call("getRecordings", "state=any");
        assertEquals("FAILED", unfiltered.text("/response/returncode"));
        assertEquals("missingParameters", unfiltered.messageKey());

        XmlDoc page = sandbox.call("getRecordings", "meetingID=m1,m2,m3&offset=1&limit=1");
        assertEquals(3, page.count("/response/recordings/recording"), "offset and limit ignored");
        assertEquals(0, page.count("/response/totalElements"));
        assertEquals(third, page.text("/response/recordings/recording[1]/recordID"), "newest first");
        assertEquals(second, page.text("/response/recordings/recording[2]/recordID"));
        assertEquals(first, page.text("/response/recordings/recording[3]/recordID"));
        assertEquals(first, sandbox.call("getRecordings", "recordID=" + first)
                .text("/response/recordings/recording/recordID"));
    }

    @Test
    void aJoinIsRedirectedToTheServersOwnJoinWhichLeadsToTheConference() {
        sandbox.create("m1", "");
        SandboxResponse atScalelite = sandbox.raw("join", Signer.signed("SHA-256", "join",
                "meetingID=m1&fullName=Ada&userID=u1&role=VIEWER", Sandbox.SECRET));

        assertEquals(302, atScalelite.status());
        String location = atScalelite.headers().get("Location");
        assertTrue(location.startsWith(Sandbox.SANDBOX_URL + "/server/bigbluebutton/api/join?"
                + "meetingID=m1&fullName=Ada&userID=u1&role=VIEWER&checksum="), location);
        assertFalse(location.contains(Signer.checksum("SHA-256", "join",
                "meetingID=m1&fullName=Ada&userID=u1&role=VIEWER", Sandbox.SECRET)), "re-signed for the server");
        String query = location.substring(location.indexOf('?') + 1);
        SandboxResponse atServer = sandbox.server.serverJoin(query, Sandbox.SANDBOX_URL);
        assertEquals(302, atServer.status());
        assertTrue(atServer.headers().get("Location").startsWith(Sandbox.SANDBOX_URL + "/conference?session="));
        assertEquals("1", sandbox.call("getMeetingInfo", "meetingID=m1").text("/response/participantCount"));

        SandboxResponse forged = sandbox.server.serverJoin(Signer.signed("SHA-256", "join",
                "meetingID=m1&fullName=Eve&role=MODERATOR", Sandbox.SECRET), Sandbox.SANDBOX_URL);
        assertEquals("checksumError", XmlDoc.parse(forged.body()).messageKey(), "the server has its own secret");
    }

    @Test
    void aJoinOfAnUnknownMeetingIsRefusedInXmlEvenWithAnErrorRedirectUrl() {
        SandboxResponse r = sandbox.raw("join", Signer.signed("SHA-256", "join",
                "meetingID=nope&fullName=Ada&role=VIEWER&errorRedirectUrl=https%3A%2F%2Flms.test%2F", Sandbox.SECRET));

        assertEquals(200, r.status());
        assertEquals("notFound", XmlDoc.parse(r.body()).messageKey());
    }

    @Test
    void aRequiredServerTagThatNoServerHasRefusesTheCreateAnOptionalOneFallsBack() {
        assertEquals("serverTagUnavailable", sandbox.create("m1", "&meta_server-tag=gpu%21").messageKey());
        XmlDoc optional = sandbox.create("m2", "&meta_server-tag=gpu");
        assertEquals("SUCCESS", optional.text("/response/returncode"));
        assertEquals("gpu", sandbox.call("getMeetingInfo", "meetingID=m2").text("/response/metadata/server-tag"),
                "the tag is kept with the meeting");
        assertEquals(1, sandbox.call("getMeetings", "").count("/response/meetings/meeting"));
    }

    @Test
    void aTaggedServerTakesItsTagRequiredOrNotAndRefusesOthers() {
        try (Sandbox tagged = Sandbox.scalelite("gpu")) {
            assertEquals("SUCCESS", tagged.create("m1", "&meta_server-tag=big%3Bgpu%21").text("/response/returncode"));
            assertEquals("SUCCESS", tagged.create("m2", "").text("/response/returncode"), "untagged: any server");
            assertEquals("internalError", tagged.create("m3", "&meta_server-tag=big").messageKey(),
                    "no untagged server to fall back on");
        }
    }
}

package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox over real HTTP, as a browser and a BBB client see it. */
class SandboxHttpTest {

    private final Sandbox sandbox = new Sandbox();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SandboxHttpServer http;

    @BeforeEach
    void start() throws IOException {
        http = SandboxHttpServer.start(new SandboxRouter(sandbox.server));
    }

    @AfterEach
    void stop() {
        http.close();
        sandbox.close();
    }

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.contextUrl() + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(http.contextUrl() + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private XmlDoc api(String call, String query) throws Exception {
        HttpResponse<String> r = get("/sandbox/bigbluebutton/api/" + call + "?"
                + Signer.signed("SHA-512", call, query, Sandbox.SECRET));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        return XmlDoc.parse(r.body());
    }

    /** Joins through HTTP and returns the conference page URL the join redirects to. */
    private String join(String query) throws Exception {
        HttpResponse<String> r = get("/sandbox/bigbluebutton/api/join?"
                + Signer.signed("SHA-256", "join", query, Sandbox.SECRET));
        assertEquals(302, r.statusCode());
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String session(String conferenceUrl) {
        return conferenceUrl.substring(conferenceUrl.indexOf("session=") + "session=".length());
    }

    @Test
    void theApiAnswersOverHttpWithTheRawQueryChecked() throws Exception {
        assertEquals("SUCCESS", api("create", "name=Maths%20%26%20Co&meetingID=m1").returnCode());
        assertEquals("Maths & Co", api("getMeetingInfo", "meetingID=m1").text("/response/meetingName"));
        assertEquals("2.0", XmlDoc.parse(get("/sandbox/bigbluebutton/api").body()).text("/response/version"));
        assertEquals("2.0", XmlDoc.parse(get("/sandbox/bigbluebutton/api/").body()).text("/response/version"));
    }

    @Test
    void theConferencePageShowsTheMeetingYouAndTheParticipants() throws Exception {
        api("create", "name=Maths+%3Cb%3E101%3C%2Fb%3E&meetingID=m1");
        String page = join("meetingID=m1&fullName=Ada+%3Cscript%3Ex%3C%2Fscript%3E&userID=ada&role=MODERATOR");
        join("meetingID=m1&fullName=Bob&userID=bob&role=VIEWER");
        assertTrue(page.startsWith(http.contextUrl() + "/sandbox/conference?session="), page);

        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(page)).build(),
                HttpResponse.BodyHandlers.ofString());

        String html = r.body();
        assertEquals(200, r.statusCode());
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<h1 id=\"sandbox-meeting-name\">Maths &lt;b&gt;101&lt;/b&gt;</h1>"), html);
        assertTrue(html.contains("id=\"sandbox-user-name\">Ada &lt;script&gt;x&lt;/script&gt;</dd>"), html);
        assertFalse(html.contains("<script>x"));
        assertTrue(html.contains("id=\"sandbox-role\" data-role=\"MODERATOR\">Moderator</dd>"), html);
        assertTrue(html.contains("<li data-user-id=\"bob\" data-role=\"VIEWER\">Bob (Viewer)</li>"), html);
        assertTrue(html.contains("id=\"sandbox-leave\""));
        assertTrue(html.contains("id=\"sandbox-end\""));
        assertTrue(get("/sandbox/conference/conference.js").body().contains("sandbox-participants"));
    }

    @Test
    void theConferencePageSpeaksFrenchAndHasNoEndButtonForViewers() throws Exception {
        api("create", "name=Maths&meetingID=m1");
        String page = join("meetingID=m1&fullName=Bob&userID=bob&role=VIEWER");

        String html = get(page.substring(http.contextUrl().length()), "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
                .body();

        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(html.contains(">Quitter</button>"), html);
        assertTrue(html.contains(">Participant</dd>"), html);
        assertFalse(html.contains("sandbox-end"));
    }

    @Test
    void theStatusJsonFollowsWhoIsInAndLeaveGoesToTheLogoutUrl() throws Exception {
        api("create", "name=Maths&meetingID=m1&logoutURL=https%3A%2F%2Fportal.test%2Fcourse");
        String ada = session(join("meetingID=m1&fullName=Ada&userID=ada&role=MODERATOR"
                + "&logoutURL=https%3A%2F%2Fportal.test%2Froom%2F7"));
        String bob = session(join("meetingID=m1&fullName=Bob&userID=bob&role=VIEWER"));

        Map<String, Object> status = MiniJson.object(get("/sandbox/conference/status?session=" + ada).body());
        assertEquals("in", status.get("state"));
        assertEquals(2, ((List<?>) status.get("participants")).size());

        HttpResponse<String> adaLeaves = post("/sandbox/conference/leave?session=" + ada, "");
        HttpResponse<String> bobLeaves = post("/sandbox/conference/leave?session=" + bob, "");

        assertEquals(303, adaLeaves.statusCode());
        assertEquals("https://portal.test/room/7", adaLeaves.headers().firstValue("Location").orElseThrow());
        assertEquals("https://portal.test/course", bobLeaves.headers().firstValue("Location").orElseThrow());
        assertEquals(Map.of("state", "gone"), MiniJson.object(get("/sandbox/conference/status?session=" + ada)
                .body()));
        assertEquals(404, get("/sandbox/conference?session=" + ada).statusCode());
        assertEquals("0", api("getMeetingInfo", "meetingID=m1").text("/response/participantCount"));
    }

    @Test
    void onlyAModeratorCanEndTheMeetingFromThePage() throws Exception {
        api("create", "name=Maths&meetingID=m1");
        String ada = session(join("meetingID=m1&fullName=Ada&userID=ada&role=MODERATOR"));
        String bob = session(join("meetingID=m1&fullName=Bob&userID=bob&role=VIEWER"));

        HttpResponse<String> refused = post("/sandbox/conference/end?session=" + bob, "");
        assertEquals(403, refused.statusCode());
        assertEquals("SUCCESS", api("getMeetingInfo", "meetingID=m1").returnCode());

        HttpResponse<String> ended = post("/sandbox/conference/end?session=" + ada, "");
        assertEquals(303, ended.statusCode());
        assertEquals(http.contextUrl() + "/", ended.headers().firstValue("Location").orElseThrow());
        assertEquals("notFound", api("getMeetingInfo", "meetingID=m1").messageKey());
    }

    @Test
    void thePlaybackPageShowsOnlyPublishedRecordings() throws Exception {
        String id = api("create", "name=Maths&meetingID=m1&record=true").text("/response/internalMeetingID");
        join("meetingID=m1&fullName=Ada&userID=ada&role=MODERATOR");
        api("end", "meetingID=m1");
        String playback = "/sandbox/playback/presentation/2.3/" + id;
        assertEquals(404, get(playback).statusCode());

        sandbox.clock.advance(Sandbox.PROCESSING);
        sandbox.server.sweep();
        HttpResponse<String> shown = get(playback);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Maths"), shown.body());
        assertEquals(200, get("/sandbox/playback/video/" + id + "/").statusCode());

        api("publishRecordings", "recordID=" + id + "&publish=false");
        assertEquals(404, get(playback).statusCode());
    }

    @Test
    void statsCountTheCallsPerApiName() throws Exception {
        api("create", "name=Maths&meetingID=m1");
        api("create", "name=Maths&meetingID=m1");
        api("getMeetings", "");
        get("/sandbox/bigbluebutton/api/create?name=x&meetingID=m2&checksum=bad");

        Map<String, Object> stats = MiniJson.object(get("/sandbox/stats").body());

        assertEquals(Map.of("create", 3L, "getMeetings", 1L), stats.get("calls"));
        assertEquals(4L, stats.get("total"));
        assertEquals(1L, stats.get("meetings"));
    }

    @Test
    void faultsMakeTheNextCallsFailAsABrokenServerWould() throws Exception {
        String getMeetings = "/sandbox/bigbluebutton/api/getMeetings?"
                + Signer.signed("SHA-256", "getMeetings", "", Sandbox.SECRET);
        assertEquals(200, post("/sandbox/stats/faults", "call=getMeetings&mode=bad_gateway&count=2").statusCode());

        HttpResponse<String> first = get(getMeetings);
        HttpResponse<String> second = get(getMeetings);
        HttpResponse<String> third = get(getMeetings);

        assertEquals(502, first.statusCode());
        assertTrue(first.body().contains("Bad Gateway"));
        assertEquals(502, second.statusCode());
        assertEquals("SUCCESS", XmlDoc.parse(third.body()).returnCode());

        post("/sandbox/stats/faults?call=getMeetings&mode=empty", "");
        assertEquals("", get(getMeetings).body());
        post("/sandbox/stats/faults?call=getMeetings&mode=html", "");
        assertTrue(get(getMeetings).body().startsWith("<!DOCTYPE html>"));
        post("/sandbox/stats/faults?call=getMeetings&mode=hang&hangMillis=1", "");
        assertEquals("SUCCESS", XmlDoc.parse(get(getMeetings).body()).returnCode());
    }

    @Test
    void aWrongFaultRequestSaysHowToWriteIt() throws Exception {
        HttpResponse<String> badMode = post("/sandbox/stats/faults", "call=getMeetings&mode=explode");
        HttpResponse<String> badCall = post("/sandbox/stats/faults", "call=getMeeting&mode=html");
        HttpResponse<String> badHang = post("/sandbox/stats/faults", "call=getMeetings&mode=hang&hangMillis=-1");

        assertEquals(400, badMode.statusCode());
        assertTrue(badMode.body().contains("mode=bad_gateway|html|empty|hang"), badMode.body());
        assertEquals(400, badCall.statusCode());
        assertTrue(badCall.body().contains("getMeeting"), badCall.body());
        assertEquals(400, badHang.statusCode());
        assertTrue(badHang.body().contains("hangMillis must be 0 to 300000"), badHang.body());
    }

    @Test
    void unknownAddressesAndMethodsAreRefused() throws Exception {
        assertEquals(404, get("/sandbox/nothing").statusCode());
        assertEquals(405, get("/sandbox/conference/leave?session=x").statusCode());
        assertEquals(405, post("/sandbox/stats", "").statusCode());
        assertEquals(404, get("/sandbox/conference?session=" + URLEncoder.encode("<x>", StandardCharsets.UTF_8))
                .statusCode());
    }
}

package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * A server that is down, slow, redirects or answers garbage gives a distinct, clear error that leaks nothing. Behind a
 * load balancer, a join is sent once and its redirect read, never followed; another server's version is read from
 * its API root.
 */
class BbbClientFailuresTest {

    private static final String API = "/bigbluebutton/api/";

    private final FakeBbb bbb = new FakeBbb();
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();
    private final BbbClient client = bbb.client(b -> b.listener(events::add));

    @AfterEach
    void stop() {
        bbb.close();
    }

    private <T extends BbbException> T failsWith(Class<T> type, Executable call) {
        T e = assertThrows(type, call);
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            assertFalse(message.contains(FakeBbb.SECRET.value()), "secret in: " + message);
            assertFalse(message.matches("(?s).*[0-9a-f]{64}.*"), "checksum in: " + message);
        }
        return e;
    }

    @Test
    void malformedXml() {
        bbb.answer(API + "getMeetings", 200, "text/xml", "<response><returncode>SUCCESS</returncode><meetings>");
        BbbProtocolException e = failsWith(BbbProtocolException.class, client::getMeetings);
        assertTrue(e.getMessage().contains("HTTP 200 (text/xml) with malformed XML (line 1"), e.getMessage());
        assertEquals(CallEvent.Outcome.PROTOCOL_ERROR, events.get(0).outcome());
    }

    @Test
    void xxeIsRefusedAndNoLocalFileIsRead(@TempDir Path dir) throws IOException {
        Path secretFile = Files.writeString(dir.resolve("passwd"), "root:LOCAL-FILE-MARKER");
        bbb.answer(API + "getMeetingInfo", 200, "text/xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE response [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>"
                + "<response><returncode>FAILED</returncode><messageKey>&xxe;</messageKey><message>&xxe;</message></response>");

        BbbProtocolException e = failsWith(BbbProtocolException.class, () -> client.getMeetingInfo("c42-r7"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("LOCAL-FILE-MARKER"), e.getMessage());
    }

    @Test
    void anExternalDtdIsNeverFetched() {
        bbb.answer(API + "getMeetings", 200, "text/xml", "<?xml version=\"1.0\"?><!DOCTYPE response SYSTEM \""
                + bbb.origin() + "/evil.dtd\"><response><returncode>SUCCESS</returncode></response>");
        failsWith(BbbProtocolException.class, client::getMeetings);
        assertEquals(List.of(API + "getMeetings"), bbb.seen().stream().map(FakeBbb.Seen::path).toList());
    }

    @Test
    void aProxysHtml502Page() {
        bbb.answer(API + "getMeetings", 502, "text/html", "<html>\n<head><title>502 Bad Gateway</title></head>\n"
                + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
        BbbProtocolException e = failsWith(BbbProtocolException.class, client::getMeetings);
        assertTrue(e.getMessage().endsWith("gave no valid answer to getMeetings: HTTP 502 (text/html) with an HTML page "
                + "(title: '502 Bad Gateway'), not BBB XML: check the server URL"), e.getMessage());
        assertFalse(e.getMessage().contains("nginx"), "no more of the body than its title");
    }

    @Test
    void anEmptyBody() {
        bbb.answer(API + "getMeetings", 200, "text/xml", "");
        assertTrue(failsWith(BbbProtocolException.class, client::getMeetings).getMessage().endsWith("HTTP 200 (text/xml) with an empty body"));
    }

    @Test
    void xmlThatIsNotABbbResponse() {
        bbb.answer(API + "getMeetings", 200, "application/xml", "<error><code>403</code></error>");
        assertTrue(failsWith(BbbProtocolException.class, client::getMeetings).getMessage().contains("root is <error>, not a BBB <response>"));
        bbb.answer(API + "getMeetings", 200, "application/xml", "<response><meetings/></response>");
        assertTrue(failsWith(BbbProtocolException.class, client::getMeetings).getMessage().contains("without returncode"));
    }

    @Test
    void aBbbAnswerWithNonsenseValues() {
        bbb.answer(API + "getMeetingInfo", 200, "text/xml", "<response><returncode>SUCCESS</returncode>"
                + "<meetingID>m1</meetingID><participantCount>many</participantCount></response>");
        assertTrue(failsWith(BbbProtocolException.class, () -> client.getMeetingInfo("m1")).getMessage()
                .endsWith("<participantCount> is not a number: 'many'"));

        bbb.answer(API + "getRecordings", 200, "text/xml", "<response><returncode>SUCCESS</returncode><recordings><recording>"
                + "<recordID>r1</recordID><playback><format><type>presentation</type><url>javascript:alert(1)</url></format>"
                + "</playback></recording></recordings></response>");
        assertTrue(failsWith(BbbProtocolException.class, () -> client.getRecordings(GetRecordingsRequest.builder().build()))
                .getMessage().contains("<url> is not an http(s) URL"));
    }

    @Test
    void aSlowServerTimesOut() {
        bbb.hang(API + "getMeetings");
        BbbClient impatient = bbb.client(b -> b.requestTimeout(Duration.ofMillis(300)).listener(events::add));
        BbbUnreachableException e = failsWith(BbbUnreachableException.class, impatient::getMeetings);
        assertTrue(e.isTimeout());
        assertTrue(e.getMessage().startsWith("BBB server " + bbb.url() + " unreachable for getMeetings: "), e.getMessage());
        assertEquals(CallEvent.Outcome.TIMEOUT, events.get(0).outcome());
    }

    @Test
    void aRefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        BbbClient down = BbbClient.builder().serverUrl(BbbServerUrl.parse("http://127.0.0.1:" + closedPort))
                .secret(FakeBbb.SECRET).listener(events::add).build();
        BbbUnreachableException e = failsWith(BbbUnreachableException.class, down::getMeetings);
        assertFalse(e.isTimeout());
        assertTrue(e.getMessage().endsWith("unreachable for getMeetings: connection refused or no route"), e.getMessage());
        assertEquals(CallEvent.Outcome.UNREACHABLE, events.get(0).outcome());
    }

    @Test
    void aRedirectIsFollowed() {
        bbb.redirect(API + "getMeetings", "/scalelite/bigbluebutton/api/getMeetings?checksum=relayed")
                .answer("/scalelite/bigbluebutton/api/getMeetings", 200, "text/xml", FakeBbb.read("getMeetings"));
        assertEquals(2, client.getMeetings().size());
        assertEquals(List.of(API + "getMeetings", "/scalelite/bigbluebutton/api/getMeetings"),
                bbb.seen().stream().map(FakeBbb.Seen::path).toList());
    }

    @Test
    void reportsEachCallWithARedactedUrlAndSurvivesAFailingListener() {
        bbb.fixture("create", "create-duplicateWarning").fixture("getMeetingInfo", "notFound");
        client.create(CreateMeetingRequest.builder().meetingID("Test").name("Test").moderatorPW("mp-secret")
                .meta("endCallbackUrl", "https://lms/cb?token=tok-secret").build());
        assertThrows(BbbFailedException.class, () -> client.getMeetingInfo("gone"));

        assertEquals(List.of("create", "getMeetingInfo"), events.stream().map(CallEvent::call).toList());
        assertEquals(CallEvent.Outcome.SUCCESS, events.get(0).outcome());
        assertEquals("duplicateWarning", events.get(0).messageKey().orElseThrow());
        assertEquals(bbb.url() + "/api/create?name=Test&meetingID=Test&moderatorPW=***&meta_endCallbackUrl=***", events.get(0).url());
        assertEquals(CallEvent.Outcome.FAILED, events.get(1).outcome());
        assertEquals("notFound", events.get(1).messageKey().orElseThrow());

        BbbClient noisy = bbb.client(b -> b.listener(event -> {
            throw new IllegalStateException("metrics down");
        }));
        assertTrue(noisy.create(CreateMeetingRequest.builder().meetingID("Test").name("Test").build()).duplicateWarning());
    }

    private static JoinRequest join() {
        return JoinRequest.builder().meetingID("m1").fullName("Ada").userID("u1").role(Role.VIEWER).build();
    }

    @Test
    void theJoinIsSentOnceSignedAndItsRedirectIsNotFollowed() {
        bbb.redirect(API + "join", bbb.origin() + "/bbb3/bigbluebutton/api/join?meetingID=m1&checksum=server");
        JoinRedirect to = client.resolveJoin(join());

        assertEquals(URI.create(bbb.origin() + "/bbb3/bigbluebutton/api/join?meetingID=m1&checksum=server"), to.location());
        assertEquals(bbb.origin() + "/bbb3/bigbluebutton", to.server().orElseThrow().toString());
        assertEquals(List.of(API + "join"), bbb.seen().stream().map(FakeBbb.Seen::path).toList(), "never followed");
        assertEquals(client.joinUrl(join()).getRawQuery(), bbb.last().rawQuery(), "the very join link, signed");
        assertEquals(CallEvent.Outcome.SUCCESS, events.get(0).outcome());
        assertFalse(events.get(0).url().contains("checksum"), events.get(0).url());
    }

    @Test
    void scalelitesRefusalAndASlowLoadBalancerAreErrors() {
        bbb.fixture("join", "notFound");
        assertTrue(assertThrows(BbbProtocolException.class, () -> client.resolveJoin(join())).getMessage()
                .endsWith("gave no valid answer to join: HTTP 200 instead of a redirect"));
        assertEquals(CallEvent.Outcome.PROTOCOL_ERROR, events.get(0).outcome());

        bbb.hang(API + "join");
        BbbClient impatient = bbb.client(b -> b.requestTimeout(Duration.ofMillis(300)));
        assertTrue(assertThrows(BbbUnreachableException.class, () -> impatient.resolveJoin(join())).isTimeout());
    }

    @Test
    void aSharedClientForJoinsMustNotFollowRedirects() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThrows(IllegalStateException.class, () -> BbbClient.builder().noRedirectsHttpClient(following));
    }

    @Test
    void theVersionOfAnotherServerIsReadFromItsApiRoot() {
        bbb.answer("/bbb3/bigbluebutton/api", 200, "text/xml", "<response><returncode>SUCCESS</returncode>"
                + "<version>2.0</version><apiVersion>2.0</apiVersion><bbbVersion>2.7.12</bbbVersion></response>");
        ApiVersion version = client.versionOf(BbbServerUrl.parse(bbb.origin() + "/bbb3/bigbluebutton"));
        assertEquals(Optional.of("2.7.12"), version.bbbVersion());
        assertEquals("/bbb3/bigbluebutton/api", bbb.last().path());
        assertEquals(null, bbb.last().rawQuery(), "unsigned");

        bbb.answer("/bbb4/bigbluebutton/api", 200, "text/xml", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<response><returncode>SUCCESS</returncode><version>&x;</version></response>");
        assertThrows(BbbProtocolException.class, () -> client.versionOf(BbbServerUrl.parse(bbb.origin() + "/bbb4/bigbluebutton")),
                "XXE-safe parser");
    }
}

package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bbbrooms.bbb.BbbClient;
import org.bbbrooms.bbb.BbbFailedException;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.CreateMeetingRequest;
import org.bbbrooms.bbb.CreateMeetingResponse;
import org.bbbrooms.bbb.JoinRequest;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.bbb.Secret;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.SandboxControls;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The sandbox as the WAR serves it in Payara Micro (enabled, with a fixed secret, by the failsafe configuration):
 * the protocol client drives the API and two headless browsers sit in the conference it leads to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxIT {

    private static final String SECRET = System.getenv("BBB_SANDBOX_SECRET");
    private static final By PARTICIPANTS = By.cssSelector("#sandbox-participants li");

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An address in the application, e.g. {@code at("sandbox/stats")}. */
    private URI at(String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root : root + "/") + path);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(SandboxControls.request(at(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    /** The sandbox's count of API calls by name, from its stats endpoint. */
    private Map<String, Long> calls() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> calls = (Map<String, Object>) MiniJson.object(get("sandbox/stats")).get("calls");
        calls.forEach((call, count) -> counts.put(call, (Long) count));
        return counts;
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String call) {
        return after.getOrDefault(call, 0L) - before.getOrDefault(call, 0L);
    }

    private static void waitForParticipants(Browser browser, int count) {
        Browser.waiting(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.numberOfElementsToBe(PARTICIPANTS, count));
    }

    private static void waitUntilAt(Browser browser, URI page) {
        Browser.waiting(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(page.toString()));
    }

    @Test
    @Order(2)
    void onlyAnAdminOrTheControlTokenReadsTheStatsOrBreaksBbb() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(at("sandbox/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, anonymous.statusCode(), "no session, no token: no stats");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(at("sandbox/stats/faults"))
                .header(SandboxControl.HEADER, "guessed").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("call=getMeetings&mode=html&count=0")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), "a wrong token arms no fault");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(at("sandbox/bigbluebutton/api")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(api.body().contains("SUCCESS"), "the emulated BBB API itself stays open, as a real one is");
        assertTrue(get("sandbox/stats").contains("\"calls\""), "the suite's token reads the stats");
        try (Browser admin = new Browser(base)) {
            admin.signIn("admin", "admin", "sandbox/stats");
            assertTrue(admin.driver().getPageSource().contains("\"calls\""), "a signed-in admin reads them too");
        }
    }

    /** First: it counts the sandbox's calls, which the admin's portal pages of the other test add to, later. */
    @Test
    @Order(1)
    void aMeetingRunsFromCreateToEndInTheSandboxServedByTheWar() throws Exception {
        assertTrue(SECRET != null && !SECRET.isBlank(), "the failsafe configuration sets BBB_SANDBOX_SECRET");
        Map<String, Long> before = calls();
        String root = get("sandbox/bigbluebutton/api");
        assertTrue(root.contains("<returncode>SUCCESS</returncode>") && root.contains("<version>2.0</version>"), root);

        BbbClient bbb = BbbClient.builder().serverUrl(BbbServerUrl.parse(at("sandbox/bigbluebutton").toString()))
                .secret(Secret.of(SECRET)).build();
        assertTrue(bbb.version().isAtLeast(2, 4));
        String meetingID = "it-" + UUID.randomUUID();
        URI logout = at("login.xhtml?from=sandbox");
        CreateMeetingResponse created = bbb.create(CreateMeetingRequest.builder().meetingID(meetingID)
                .name("Physique d'été 🎓").logoutURL(logout).build());
        JoinRequest.Builder join = JoinRequest.builder().meetingID(meetingID).createTime(created.createTime());
        URI teacherLink = bbb.joinUrl(join.fullName("Thomas Teacher").userID("teacher1").role(Role.MODERATOR).build());
        URI studentLink = bbb.joinUrl(join.fullName("Sam Student").userID("student1").role(Role.VIEWER).build());

        try (Browser teacher = new Browser(base); Browser student = new Browser(base)) {
            teacher.driver().get(teacherLink.toString());
            assertEquals("Physique d'été 🎓", teacher.text(By.id("sandbox-meeting-name")));
            assertEquals("Thomas Teacher", teacher.text(By.id("sandbox-user-name")));
            assertEquals("MODERATOR", teacher.waitFor(By.id("sandbox-role")).getAttribute("data-role"));

            student.driver().get(studentLink.toString());
            assertEquals("Sam Student", student.text(By.id("sandbox-user-name")));
            assertEquals("VIEWER", student.waitFor(By.id("sandbox-role")).getAttribute("data-role"));
            assertFalse(student.present(By.id("sandbox-end")), "viewers have no End button");
            waitForParticipants(student, 2);
            waitForParticipants(teacher, 2);
            assertEquals(2, bbb.getMeetingInfo(meetingID).participantCount());
            assertTrue(bbb.isMeetingRunning(meetingID));

            student.click("sandbox-leave");
            waitUntilAt(student, logout);
            waitForParticipants(teacher, 1);

            teacher.click("sandbox-end");
            waitUntilAt(teacher, logout);
        }
        assertFalse(bbb.isMeetingRunning(meetingID));
        assertEquals("notFound", assertThrows(BbbFailedException.class, () -> bbb.getMeetingInfo(meetingID))
                .messageKey());

        Map<String, Long> after = calls();
        assertEquals(2, delta(before, after, SandboxServer.ROOT), "the plain GET and the version probe");
        assertEquals(1, delta(before, after, "create"));
        assertEquals(2, delta(before, after, "join"), "one per browser");
        assertEquals(2, delta(before, after, "isMeetingRunning"));
        assertEquals(2, delta(before, after, "getMeetingInfo"));
        assertEquals(0, delta(before, after, "end"), "the End button is not an API call");
    }
}

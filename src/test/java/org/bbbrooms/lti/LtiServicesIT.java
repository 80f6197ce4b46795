package org.bbbrooms.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.lti.Endpoint;
import org.bbbrooms.testing.lti.LineItem;
import org.bbbrooms.testing.lti.LisRoles;
import org.bbbrooms.testing.lti.LtiPlatformEmulator;
import org.bbbrooms.testing.lti.Score;
import org.bbbrooms.testing.lti.ServerTime;
import org.bbbrooms.testing.lti.ToolResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roster and the grades reach the emulated LMS: a launch syncs the course's people from NRPS (paged), a removed
 * member loses the enrolment at the next background sync, and after a sandbox meeting each student's attendance
 * score (the verdict of the room's completion rule, changed after the grading was saved) reaches the room's AGS line
 * item, through an LMS fault. The launch is the emulator's, without a browser;
 * the test support only reads the course's people, adds stays to the meeting and runs the background work at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class LtiServicesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    @Test
    void theRosterFollowsTheLmsAndAttendanceScoresReachItsGradebook() throws Exception {
        Server server = Server.at(base);
        ServerTime time = new ServerTime();
        time.follow(server.now());
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start(time)) {
            String tool = base.toString().endsWith("/") ? base.toString() : base + "/";
            emu.registerTool(null, tool + "lti/login", List.of(tool + "lti/launch"), tool + "lti/jwks", null);
            server.ltiPlatform("Emulated LMS", emu.issuer(), emu.tool().clientId(), emu.deploymentId(),
                    emu.authorizationEndpoint(), emu.tokenEndpoint(), emu.jwksUrl());
            String c = "ctx-" + Long.toHexString(System.nanoTime());
            emu.context(c, "Physics " + c, "PHY");
            emu.user("t1-" + c, "Terry", "Teacher");
            emu.enroll(c, "t1-" + c, LisRoles.INSTRUCTOR);
            for (int i = 1; i <= 3; i++) {
                emu.user("s" + i + "-" + c, "Student", "Number" + i);
                emu.enroll(c, "s" + i + "-" + c, LisRoles.LEARNER);
            }
            emu.link(c, "room", "Conference room", Map.of());

            ToolResponse launched = emu.flow().launch(emu.launch("t1-" + c, c, "room"));
            assertEquals(302, launched.status(), launched.body());
            Matcher id = Pattern.compile("[?&]id=([^&]+)").matcher(launched.location());
            assertTrue(id.find(), launched.location());
            String room = id.group(1);
            long course = members(room).getJsonNumber("course").longValue();
            Await.until(WAIT, () -> activeStudents(room).size() == 3, "the launch brought the roster in");
            assertEquals(1, emu.tokensIssued(), "one token for the roster's pages");

            emu.unenroll(c, "s3-" + c);
            time.follow(server.advance(Duration.ofHours(6).plusMinutes(1)));
            assertTrue(post("pass", Map.of()).getInt("rosters") >= 1, "the background sync ran");
            assertEquals(2, activeStudents(room).size(), "the removed student lost the enrolment");
            emu.enroll(c, "s3-" + c, LisRoles.LEARNER);
            time.follow(server.advance(Duration.ofHours(6).plusMinutes(1)));
            post("pass", Map.of());
            assertEquals(3, activeStudents(room).size(), "enrolled again");

            post("grading", Map.of("room", room, "teacher", usernames(room).get("t1-" + c), "enabled", "true",
                    "kind", "MINUTES", "value", "30"));
            post("completion", Map.of("room", room, "teacher", usernames(room).get("t1-" + c), "kind", "MINUTES",
                    "value", "20"));
            server.startCourseRoom(new Server.TestCourse(course, "", "", null, null, List.of()));
            Map<String, String> usernames = usernames(room);
            post("attend", Map.of("room", room, "username", usernames.get("s1-" + c), "minutes", "45"));
            post("attend", Map.of("room", room, "username", usernames.get("s2-" + c), "minutes", "15"));
            emu.faults(Endpoint.AGS).unavailableFor(3);
            server.endCourseRoom(new Server.TestCourse(course, "", "", null, null, List.of()));
            JsonObject first = post("pass", Map.of());
            assertEquals(3, first.getInt("scored"), first.toString());
            assertEquals(1, first.getInt("failed"), "the first score met the LMS down for all its retries");
            assertEquals(2, first.getInt("sent"));
            time.follow(server.advance(Duration.ofSeconds(31)));
            JsonObject second = post("pass", Map.of());
            assertTrue(second.getInt("sent") >= 1, "retried after the backoff: " + second);

            LineItem item = emu.lineItems(c).stream().filter(i -> room.equals(i.resourceId())).findFirst()
                    .orElseThrow();
            assertEquals(100.0, item.scoreMaximum());
            assertEquals(1, emu.lineItems(c).size(), "one line item for the room, found before made again");
            assertEquals(100.0, last(emu, item, "s1-" + c).scoreGiven(), "45 of 20 minutes: attended, full score");
            assertEquals(75.0, last(emu, item, "s2-" + c).scoreGiven(),
                    "15 of the completion rule's 20 minutes (not the 30 first saved): partly there, in proportion");
            assertEquals(0.0, last(emu, item, "s3-" + c).scoreGiven(), "absent: zero");
            Score score = last(emu, item, "s1-" + c);
            assertEquals("Completed", score.activityProgress());
            assertEquals("FullyGraded", score.gradingProgress());
        }
    }

    private static Score last(LtiPlatformEmulator emu, LineItem item, String sub) {
        List<Score> scores = emu.scores(item.id(), sub);
        assertTrue(!scores.isEmpty(), "a score for " + sub);
        return scores.get(scores.size() - 1);
    }

    private List<JsonObject> activeStudents(String room) {
        return members(room).getJsonArray("members").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getBoolean("active") && m.getString("role").equals("STUDENT")).toList();
    }

    /** The room's course's people, usernames by their LMS sub (external ids are lti:<platform>:<sub>). */
    private Map<String, String> usernames(String room) {
        return members(room).getJsonArray("members").stream().map(v -> v.asJsonObject()).collect(Collectors.toMap(
                m -> m.getString("externalId").substring(m.getString("externalId").indexOf(':', 4) + 1),
                m -> m.getString("username")));
    }

    private JsonObject members(String room) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("members?room=" + room)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return Json.createReader(new StringReader(answer.body())).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject post(String path, Map<String, String> form) throws Exception {
        String query = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri(path + "?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private URI uri(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + "api/test-support/lti-services/" + path);
    }
}

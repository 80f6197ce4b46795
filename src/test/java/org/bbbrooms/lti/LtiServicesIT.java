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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.lti.Endpoint;
import org.bbbrooms.testing.lti.LineItem;
import org.bbbrooms.testing.lti.LisRoles;
import org.bbbrooms.testing.lti.LtiClaims;
import org.bbbrooms.testing.lti.LtiPlatformEmulator;
import org.bbbrooms.testing.lti.Score;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roster and the grades reach the emulated LMS: a launch syncs the course's people from NRPS (paged), a removed
 * member loses the enrolment at the next background sync, and after a sandbox meeting each student's attendance
 * score reaches the room's AGS line item, through an LMS fault. Until the launch endpoint is merged, the launch is
 * the test support's ({@code /api/test-support/lti-services/launch}), which does what the launch does and fires
 * {@code LtiLaunched}; switching to {@code emu.flow().launch(emu.launch(...))} changes only {@link #launch}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class LtiServicesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    /** The emulator's time: the server's, which tests move forward. */
    private static final class ServerTime extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void follow(Instant serverNow) {
            offset.set(Duration.between(Instant.now(), serverNow));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void theRosterFollowsTheLmsAndAttendanceScoresReachItsGradebook() throws Exception {
        Server server = Server.at(base);
        ServerTime time = new ServerTime();
        time.follow(server.now());
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start(time)) {
            String tool = base.toString().endsWith("/") ? base.toString() : base + "/";
            emu.registerTool(null, tool + "lti/login", List.of(tool + "lti/launch"),
                    tool + "api/test-support/lti-services/jwks", null);
            long platform = post("platform", Map.of("issuer", emu.issuer(), "clientId", emu.tool().clientId(),
                    "deployment", emu.deploymentId(), "auth", emu.authorizationEndpoint(),
                    "token", emu.tokenEndpoint(), "jwks", emu.jwksUrl())).getJsonNumber("id").longValue();
            String c = "ctx-" + Long.toHexString(System.nanoTime());
            emu.context(c, "Physics " + c, "PHY");
            emu.user("t1-" + c, "Terry", "Teacher");
            emu.enroll(c, "t1-" + c, LisRoles.INSTRUCTOR);
            for (int i = 1; i <= 3; i++) {
                emu.user("s" + i + "-" + c, "Student", "Number" + i);
                emu.enroll(c, "s" + i + "-" + c, LisRoles.LEARNER);
            }

            JsonObject launched = launch(emu, platform, c, "t1-" + c, LisRoles.INSTRUCTOR);
            long course = launched.getJsonNumber("course").longValue();
            String room = launched.getString("room");
            Await.until(WAIT, () -> activeStudents(course).size() == 3, "the launch brought the roster in");
            assertEquals(1, emu.tokensIssued(), "one token for the roster's pages");

            emu.unenroll(c, "s3-" + c);
            time.follow(server.advance(Duration.ofHours(6).plusMinutes(1)));
            assertTrue(post("pass", Map.of()).getInt("rosters") >= 1, "the background sync ran");
            assertEquals(2, activeStudents(course).size(), "the removed student lost the enrolment");
            emu.enroll(c, "s3-" + c, LisRoles.LEARNER);
            time.follow(server.advance(Duration.ofHours(6).plusMinutes(1)));
            post("pass", Map.of());
            assertEquals(3, activeStudents(course).size(), "enrolled again");

            post("grading", Map.of("room", room, "teacher", launched.getString("username"), "enabled", "true",
                    "kind", "MINUTES", "value", "30"));
            server.startCourseRoom(new Server.TestCourse(course, "", "", null, null, List.of()));
            Map<String, String> usernames = students(course);
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
            assertEquals(100.0, last(emu, item, "s1-" + c).scoreGiven(), "45 of 30 minutes: full score");
            assertEquals(50.0, last(emu, item, "s2-" + c).scoreGiven(), "15 of 30 minutes: half");
            assertEquals(0.0, last(emu, item, "s3-" + c).scoreGiven(), "absent: zero");
            Score score = last(emu, item, "s1-" + c);
            assertEquals("Completed", score.activityProgress());
            assertEquals("FullyGraded", score.gradingProgress());
        }
    }

    /** A resource-link launch of the course's room by this person. */
    private JsonObject launch(LtiPlatformEmulator emu, long platform, String context, String sub, String role)
            throws Exception {
        return post("launch", Map.of("platform", String.valueOf(platform), "sub", sub, "name", "Terry Teacher",
                "roles", role, "context", context, "title", "Physics " + context,
                "memberships", emu.url("/nrps/" + context), "lineitems", emu.lineItemsUrl(context),
                "scopes", String.join(" ", LtiClaims.ADVANTAGE_SCOPES)));
    }

    private static Score last(LtiPlatformEmulator emu, LineItem item, String sub) {
        List<Score> scores = emu.scores(item.id(), sub);
        assertTrue(!scores.isEmpty(), "a score for " + sub);
        return scores.get(scores.size() - 1);
    }

    private List<JsonObject> activeStudents(long course) {
        return members(course).stream().filter(m -> m.getBoolean("active") && m.getString("role").equals("STUDENT"))
                .toList();
    }

    /** The course's students by their LMS sub. */
    private Map<String, String> students(long course) {
        return members(course).stream().filter(m -> m.getString("role").equals("STUDENT")).collect(Collectors.toMap(
                m -> m.getString("externalId").substring(m.getString("externalId").indexOf(':', 4) + 1),
                m -> m.getString("username")));
    }

    private List<JsonObject> members(long course) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("members?course=" + course)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("members").stream()
                    .map(v -> v.asJsonObject()).toList();
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

package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.PayaraMicro;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.Server.TestCourse;
import org.bbbrooms.testing.cluster.FacesVisitor;
import org.bbbrooms.testing.cluster.FacesVisitor.Page;
import org.bbbrooms.testing.cluster.PortalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * What two nodes share through the data grid, seen from outside: the rooms' status cache, the push that makes
 * waiting students join, the background syncs that run once per period in all, and a node's death in mid-meeting.
 * The syncs run every {@value #SYNC_SECONDS} s here. The node killed last is A, which started the syncs first and so
 * claims their periods first; BBB_PUBLIC_URL (the load balancer's address in production) is B's, so BBB's callbacks
 * reach the survivor. Run by {@code mvn -Pcluster-test verify}, not by the default build.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedGridClusterIT {

    private static final int SYNC_SECONDS = 2;
    /** BBB_STATUS_CACHE_SECONDS as the nodes have it (the default): the syncs' answers are this old at most. */
    private static final int STATUS_CACHE_SECONDS = 5;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static PortalCluster cluster;
    private static PayaraMicro a;
    private static PayaraMicro b;
    private static Server support;

    @BeforeAll
    static void boot() throws Exception {
        cluster = PortalCluster.start(Map.of("BBB_ATTENDANCE_SYNC_SECONDS", String.valueOf(SYNC_SECONDS)));
        a = cluster.node(0);
        b = cluster.node(1);
        support = Server.at(b.base().toURL());
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** (d) Both nodes run the attendance sync's schedule; each period's getMeetingInfo reaches BBB once in all. */
    @Test
    @Order(1)
    void theAttendanceSyncCallsBbbOncePerPeriodForTheCluster() {
        TestCourse course = support.course("Sync once");
        FacesVisitor teacher = signIn(a, course.teacher());
        teacher.press(a, teacher.open(a, course.page()), course.title(), "start");

        long firstCalls = calls("getMeetingInfo");
        long firstPeriod = Instant.now().getEpochSecond() / SYNC_SECONDS;
        Await.until(Duration.ofSeconds(60), () -> Instant.now().getEpochSecond() / SYNC_SECONDS >= firstPeriod + 8,
                "eight sync periods passed");
        long calls = calls("getMeetingInfo") - firstCalls;
        long periods = Instant.now().getEpochSecond() / SYNC_SECONDS - firstPeriod;
        assertTrue(calls >= 1, "the sync ran: " + calls + " calls in " + periods + " periods");
        assertTrue(calls <= periods + 1, "one getMeetingInfo a period for the one open meeting, not one per node: "
                + calls + " calls in " + periods + " periods");
        end(teacher, course);
    }

    /** (b) A Start on node A shows on node B's widget at once, not after B's own copy of the status expired. */
    @Test
    @Order(2)
    void aStartOnOneNodeShowsOnTheOtherWithinTheCachePeriod() {
        TestCourse course = support.course("Shared status");
        FacesVisitor student = signIn(b, course.student(1));
        assertEquals("NOT_STARTED", student.open(b, course.page()).roomState(course.title()), "B read the room idle");

        FacesVisitor teacher = signIn(a, course.teacher());
        teacher.press(a, teacher.open(a, course.page()), course.title(), "start");

        assertEquals("RUNNING", student.open(b, course.page()).roomState(course.title()),
                "B shows the meeting A started, on the clock on which B had read it idle");
        end(teacher, course);
    }

    /** (c) A student waiting in Chromium on node B joins by themselves when the teacher starts on node A. */
    @Test
    @Order(3)
    void aStudentWaitingOnOneNodeJoinsWhenTheTeacherStartsOnTheOther() throws Exception {
        TestCourse course = support.course("Push across");
        try (Browser browser = new Browser(b.base().toURL())) {
            browser.signIn(course.student(1).username(), course.student(1).password()).open(course.page());
            browser.waitFor(By.cssSelector("section[data-waiting='true']"));

            FacesVisitor teacher = signIn(a, course.teacher());
            teacher.press(a, teacher.open(a, course.page()), course.title(), "start");

            browser.waitFor(By.id("sandbox-conference"));
            end(teacher, course);
        }
    }

    /**
     * (e) Node A dies (kill -9) in mid-meeting: B drops it from the data grid as soon as their connection closes
     * (until then, the grid's entries that A held wait for it), B's syncs take the next period over, a student's
     * leave after the death is recorded, and BBB's end callback, which reaches B, closes the meeting with everyone's
     * stays. The earlier tests end their meetings, so that B's first call after the death is about this one: it
     * sees the student in before they leave (a join that no sync saw yet counts as left only after the ledger's
     * join grace, a minute, as a join link that was never used).
     */
    @Test
    @Order(4)
    void whenTheNodeRunningTheSyncsDiesTheOtherTakesOverAndLosesNothing() throws Exception {
        TestCourse course = support.course("Node dies");
        FacesVisitor teacher = signIn(a, course.teacher());
        teacher.press(a, teacher.open(a, course.page()), course.title(), "start");
        FacesVisitor leaving = signIn(a, course.student(1));
        leaving.press(a, leaving.open(a, course.page()), course.title(), "join");
        FacesVisitor staying = signIn(b, course.student(2));
        staying.press(b, staying.open(b, course.page()), course.title(), "join");

        a.kill();
        Await.until(Duration.ofSeconds(10), () -> gridMembersSeenByB() == 1,
                "B dropped A from the data grid, its connection to A having closed");
        long afterDeath = calls("getMeetingInfo");
        Await.until(Duration.ofSeconds(2L * SYNC_SECONDS + STATUS_CACHE_SECONDS + 2),
                () -> calls("getMeetingInfo") > afterDeath,
                "B's sync calls BBB about the one open meeting within a period of A's death");

        String token = support.apiToken("reports").token();
        long meetingId = meetingOf(token, course);
        sandbox("conference/leave?session=" + leaving.bbbSession());
        Await.until(Duration.ofSeconds(6L * SYNC_SECONDS), () -> participant(token, meetingId, course.student(1))
                .map(p -> p.get("lastLeave") instanceof JsonString).orElse(false), "B's sync saw the student leave");

        sandbox("conference/end?session=" + teacher.bbbSession());
        JsonObject ended = Await.until(Duration.ofSeconds(30), () -> meeting(token, meetingId),
                m -> m.getJsonObject("meeting").get("ended") instanceof JsonString, "BBB's end callback reached B");
        assertNotNull(ended);
        JsonObject left = participant(token, meetingId, course.student(1)).orElseThrow();
        JsonObject stayed = participant(token, meetingId, course.student(2)).orElseThrow();
        assertTrue(participant(token, meetingId, course.teacher()).isPresent(), "the teacher's join, made on A");
        assertTrue(Instant.parse(left.getString("lastLeave")).isBefore(Instant.parse(stayed.getString("lastLeave"))),
                "the student who left before the end has the shorter stay: " + left + " / " + stayed);
        assertEquals(1, stayed.getJsonArray("stays").size(), "the staying student's one stay, kept through A's death");
    }

    /** Ends the test's meeting from its widget on A, so that the next tests' syncs see only their own. */
    private static void end(FacesVisitor teacher, TestCourse course) {
        teacher.press(a, teacher.open(a, course.page()), course.title(), "end");
    }

    private static FacesVisitor signIn(PayaraMicro node, Person person) {
        return FacesVisitor.signIn(node, node, person.username(), person.password());
    }

    private static long calls(String call) {
        Matcher count = Pattern.compile("\"" + call + "\":(\\d+)").matcher(cluster.sandboxStats());
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    private static void sandbox(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(cluster.sandbox().url("sandbox/" + path)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() < 400, path + " answered " + answer.statusCode());
    }

    private static long meetingOf(String token, TestCourse course) {
        JsonObject page = api(token, "courses/" + course.id() + "/meetings");
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject meeting(String token, long meetingId) {
        return api(token, "meetings/" + meetingId);
    }

    private static Optional<JsonObject> participant(String token, long meetingId, Person person) {
        return meeting(token, meetingId).getJsonArray("participants").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals(person.name())).findFirst();
    }

    private static JsonObject api(String token, String path) {
        return json(HttpRequest.newBuilder(URI.create(b.url("api/v1/" + path))).header("Authorization", "Bearer " + token));
    }

    private static int gridMembersSeenByB() {
        return json(HttpRequest.newBuilder(URI.create(b.url("api/test-support/grid")))).getJsonArray("members").size();
    }

    private static JsonObject json(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.uri() + ": " + answer.body());
            return Json.createReader(new StringReader(answer.body())).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

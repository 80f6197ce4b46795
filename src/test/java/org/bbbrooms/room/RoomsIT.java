package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.bbb.Attendee;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.bbb.MeetingInfo;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.settings.SuiteSettings;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.SandboxControls;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.server.ClosedMeetings;
import org.bbbrooms.testing.server.SuiteData;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Rooms in Payara Micro with the in-WAR sandbox: the real container wiring (EJB transactions, CDI, JAX-RS, MicroProfile
 * Fault Tolerance: the create's retries, the circuit breaker; Faces push). Most tests run inside the suite's server and
 * act as users of their own (SuiteData) through RoomService, which takes the acting user as an argument; BBB's
 * callbacks come over HTTP from the sandbox.
 */
@ExtendWith(ArquillianExtension.class)
public class RoomsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    RoomService rooms;

    @Inject
    UserService users;

    @Inject
    BbbConnection connection;

    @Inject
    RoomStatusCache statuses;

    @Inject
    PublicUrl publicUrl;

    @ArquillianResource
    URL base;

    @Inject
    SuiteData data;

    @Inject
    ClosedMeetings closes;

    @Inject
    SuiteSettings suiteSettings;

    private Actor actor(JsonObject person) {
        return Actor.of(users.findByUsername(person.getString("username")).orElseThrow());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(SandboxControls.request(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTeacherStartsACourseRoomAStudentJoinsAndBbbsEndCallbackClosesTheMeeting() throws Exception {
        JsonObject course = data.course("Mathematics", Optional.empty());
        Actor teacher = actor(course.getJsonObject("teacher"));
        Actor student = actor(course.getJsonArray("students").getJsonObject(0));
        long math = course.getJsonNumber("id").longValue();
        String page = "/course.xhtml?code=" + course.getString("code");
        assertEquals("room.denied", assertThrows(AccessDeniedException.class,
                () -> rooms.courseRoom(actor(course.getJsonObject("otherTeacher")), math)).key(),
                "a teacher of another course does not teach this one");
        RoomView room = rooms.courseRoom(teacher, math);
        assertEquals(RoomStatus.State.NOT_STARTED, room.status().state());

        URI teacherLink = rooms.start(teacher, room.publicId(), page);
        assertTrue(connection.onSandbox() && teacherLink.getPath().endsWith("/sandbox/bigbluebutton/api/join"),
                teacherLink.getPath());
        assertEquals(302, get(teacherLink).statusCode(), "BBB lets the teacher in");
        URI studentLink = rooms.join(student, room.publicId(), page);
        assertEquals(302, get(studentLink).statusCode());
        MeetingInfo info = connection.client().getMeetingInfo(meetingId(studentLink));
        Map<String, Role> roles = new HashMap<>();
        info.attendees().forEach(a -> roles.put(a.userID(), a.role()));
        assertEquals(Map.of(String.valueOf(teacher.userId()), Role.MODERATOR,
                String.valueOf(student.userId()), Role.VIEWER), roles);
        assertTrue(info.attendees().stream().map(Attendee::fullName)
                .anyMatch(course.getJsonObject("teacher").getString("name")::equals));
        String callback = info.metadata().get("endcallbackurl");
        assertTrue(callback.startsWith(publicUrl.base() + "/api/callbacks/meetings/"), callback);

        CompletableFuture<MeetingClosed> closed = closes.of(info.meetingID());
        connection.client().end(EndRequest.of(info.meetingID()));
        assertEquals(CloseReason.CALLBACK, closed.get(15, TimeUnit.SECONDS).reason(),
                "the sandbox's end callback closed the meeting");
        assertEquals(RoomStatus.State.NOT_STARTED, rooms.courseRoom(student, math).status().state());
        assertEquals(409, get(URI.create(callback)).statusCode(), "a replay of the callback");
        String forged = callback.replaceFirst("/meetings/[^/]+/", "/meetings/" + UUID.randomUUID() + "/");
        assertEquals(404, get(URI.create(forged)).statusCode(), "a forged token");
    }

    @Test
    @RunAsClient
    void leavingBbbLeadsBackIntoThePortalOnly() throws Exception {
        URI back = URI.create(base + "room-return?room=anything");
        HttpResponse<String> anonymous = get(back);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/left.xhtml"),
                "without a portal session (a guest), leaving lands on the public page, never on a sign-in");
        HttpResponse<String> left = get(URI.create(base + "left.xhtml"));
        assertEquals(200, left.statusCode());
        assertTrue(left.body().contains("You left the meeting"), left.body());
        Person student = Server.at(base).user("STUDENT", "Sam Student");
        try (Browser browser = new Browser(base)) {
            browser.signIn(student.username(), student.password(),
                    "room-return?room=unknown&returnTo=https://evil.example/");
            assertEquals("/", browser.currentPath(), "nothing remembered for this room: home");
            browser.waitFor(By.id("welcome"));
            assertFalse(browser.present(By.cssSelector("#messages li")), "a plain return says nothing");
        }
        try (Browser browser = new Browser(base, "fr")) {
            String forged = "[{\"key\":\"guestDeniedAccess\",\"message\":\"<b id='injected'>Call 555-0100</b>\"}]";
            browser.signIn(student.username(), student.password(),
                    "room-return?room=unknown&errors=" + URLEncoder.encode(forged, StandardCharsets.UTF_8));
            browser.waitForText(By.id("messages"), "Un modérateur ne vous a pas laissé entrer dans la réunion.");
            assertFalse(browser.driver().getPageSource().contains("555-0100"), "BBB's text is never shown");
            assertFalse(browser.present(By.id("injected")));
            browser.open("room-return?room=unknown&errors=%5B%7B%22key%22%3A%22%3Cscript%3E%22%7D%5D");
            browser.waitForText(By.id("messages"), "Le serveur de conférence ne vous a pas laissé entrer");
        }
    }

    @Test
    void withBbbHangingTheCircuitOpensAndStatusesAreUnavailableAtOnce() throws Exception {
        URI faults = URI.create(publicUrl.base() + "/sandbox/stats/faults");
        HTTP.send(SandboxControls.request(faults).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("call=getMeetingInfo&mode=hang&count=4&hangMillis=3000"))
                .build(), HttpResponse.BodyHandlers.discarding());
        long before = getMeetingInfoCalls();
        for (int i = 0; i < 4; i++) {
            assertEquals(MeetingState.Kind.UNAVAILABLE,
                    statuses.observe("hanging-" + i, Duration.ofSeconds(5)).kind(), "BBB does not answer in time");
        }
        long reached = getMeetingInfoCalls() - before;
        assertTrue(reached >= 2 && reached <= 4, "the circuit opens within four failures, the last four calls "
                + "counting (earlier successes among them included): " + reached + " calls reached BBB");
        for (int i = 0; i < 3; i++) {
            assertEquals(MeetingState.Kind.UNAVAILABLE,
                    statuses.observe("while-open-" + i, Duration.ofSeconds(5)).kind());
        }
        assertEquals(before + reached, getMeetingInfoCalls(), "the open circuit keeps calls from reaching BBB");
        Await.until(Duration.ofSeconds(30), () -> statuses.observe("recovered-" + UUID.randomUUID(),
                Duration.ofSeconds(5)).kind() != MeetingState.Kind.UNAVAILABLE, "the circuit closes again");
    }

    /**
     * Fault Tolerance retries a create that could not reach BBB, twice, after which the start says why and leaves no
     * open meeting; an answer that is not BBB's is not retried. The unreachable BBB is a port that breaks off every
     * answer (an I/O error, as a dropped connection gives).
     */
    @Test
    void aCreateIsRetriedTwiceWhenBbbCannotBeReachedAndNotWhenItAnswersGarbage() throws Exception {
        JsonObject course = data.course("Mathematics", Optional.empty());
        Actor teacher = actor(course.getJsonObject("teacher"));
        String room = rooms.courseRoom(teacher, course.getJsonNumber("id").longValue()).publicId();
        String page = "/course.xhtml?code=" + course.getString("code");
        try (ServerSocket broken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger answers = breakingOffAnswers(broken);
            suiteSettings.reset(Map.of(Setting.SERVER_URL, "http://127.0.0.1:" + broken.getLocalPort()
                    + "/bigbluebutton", Setting.SERVER_SECRET, "unreachable-secret-0a1b"));
            suiteSettings.reload();
            try {
                assertEquals("room.server.unreachable", assertThrows(BusinessException.class,
                        () -> rooms.start(teacher, room, page)).key());
                assertEquals(1 + MeetingCreator.MAX_RETRIES, answers.get(), "the create and its two retries");
            } finally {
                suiteSettings.reset(Map.of());
                suiteSettings.reload();
            }
        }
        assertEquals(RoomStatus.State.NOT_STARTED, rooms.byPublicId(teacher, room).status().state(),
                "no open meeting blocks the room");

        long creates = sandboxCalls("create");
        HTTP.send(SandboxControls.request(URI.create(publicUrl.base() + "/sandbox/stats/faults"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("call=create&mode=bad_gateway&count=1")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("room.server.badAnswer", assertThrows(BusinessException.class,
                () -> rooms.start(teacher, room, page)).key());
        assertEquals(creates + 1, sandboxCalls("create"), "garbage is not retried");
        URI link = rooms.start(teacher, room, page);
        assertEquals(creates + 2, sandboxCalls("create"));
        connection.client().end(EndRequest.of(meetingId(link)));
    }

    /** Counts the requests to the socket, and answers each with headers and a body cut short. */
    private static AtomicInteger breakingOffAnswers(ServerSocket socket) {
        AtomicInteger answers = new AtomicInteger();
        Thread server = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    answers.incrementAndGet();
                    client.getInputStream().read(new byte[8192]);
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100\r\n\r\n<resp")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    return;
                }
            }
        }, "breaking-off BBB");
        server.setDaemon(true);
        server.start();
        return answers;
    }

    private long sandboxCalls(String call) throws Exception {
        Matcher count = Pattern.compile("\"" + call + "\":(\\d+)")
                .matcher(get(URI.create(publicUrl.base() + "/sandbox/stats")).body());
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    private long getMeetingInfoCalls() throws Exception {
        return sandboxCalls("getMeetingInfo");
    }

    private static String meetingId(URI joinLink) {
        Matcher id = Pattern.compile("(?:^|&)meetingID=([0-9a-f]+)").matcher(joinLink.getRawQuery());
        assertTrue(id.find(), joinLink.toString());
        return id.group(1);
    }
}

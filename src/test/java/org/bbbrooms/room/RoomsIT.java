package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.bbb.Attendee;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.bbb.MeetingInfo;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.settings.BbbConnection;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Rooms in Payara Micro with the demo data and the in-WAR sandbox: the real container wiring (EJB transactions,
 * CDI, JAX-RS, MicroProfile Fault Tolerance, Faces push). Most tests run inside the server and act as the demo users
 * through RoomService, which takes the acting user as an argument; BBB's callbacks come over HTTP from the sandbox.
 * The test runner's own URL is opened to anonymous callers in this deployment only, as the portal requires a
 * sign-in everywhere else.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class RoomsIT {

    private static final String RUNNER = "/ArquillianServletRunnerEE9";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static WebArchive war() {
        WebArchive war = Deployments.portal();
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String open = "<url-pattern>/api/*</url-pattern>";
            if (!webXml.contains(open)) {
                throw new IllegalStateException("web.xml no longer lists " + open + " as public: adapt RoomsIT");
            }
            war.delete("WEB-INF/web.xml");
            return war.setWebXML(new StringAsset(webXml.replace(open,
                    open + "<url-pattern>" + RUNNER + "</url-pattern>")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    RoomService rooms;

    @Inject
    UserService users;

    @Inject
    CourseService courses;

    @Inject
    BbbConnection connection;

    @Inject
    RoomStatusCache statuses;

    @Inject
    PublicUrl publicUrl;

    @ArquillianResource
    URL base;

    private Actor demo(String username) {
        return Actor.of(users.findByUsername(username).orElseThrow());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void aTeacherStartsMath101AStudentJoinsAndBbbsEndCallbackClosesTheMeeting() throws Exception {
        Actor teacher = demo("teacher1");
        Actor student = demo("student1");
        long math = courses.findByCode("MATH101").orElseThrow().getId();
        assertEquals("room.denied", assertThrows(AccessDeniedException.class,
                () -> rooms.courseRoom(demo("teacher2"), math)).key(), "teacher2 does not teach MATH101");
        RoomView room = rooms.courseRoom(teacher, math);
        assertEquals(RoomStatus.State.NOT_STARTED, room.status().state());

        URI teacherLink = rooms.start(teacher, room.publicId(), "/course.xhtml?code=MATH101");
        assertTrue(connection.onSandbox() && teacherLink.getPath().endsWith("/sandbox/bigbluebutton/api/join"),
                teacherLink.getPath());
        assertEquals(302, get(teacherLink).statusCode(), "BBB lets the teacher in");
        URI studentLink = rooms.join(student, room.publicId(), "/course.xhtml?code=MATH101");
        assertEquals(302, get(studentLink).statusCode());
        MeetingInfo info = connection.client().getMeetingInfo(meetingId(studentLink));
        Map<String, Role> roles = new HashMap<>();
        info.attendees().forEach(a -> roles.put(a.userID(), a.role()));
        assertEquals(Map.of(String.valueOf(teacher.userId()), Role.MODERATOR,
                String.valueOf(student.userId()), Role.VIEWER), roles);
        assertTrue(info.attendees().stream().map(Attendee::fullName).anyMatch("Thomas Teacher"::equals));
        String callback = info.metadata().get("endcallbackurl");
        assertTrue(callback.startsWith(publicUrl.base() + "/api/callbacks/meetings/"), callback);

        connection.client().end(EndRequest.of(info.meetingID()));
        Instant until = Instant.now().plusSeconds(15);
        while (rooms.courseRoom(student, math).status().state() != RoomStatus.State.NOT_STARTED) {
            assertTrue(Instant.now().isBefore(until), "the sandbox's end callback closed the meeting");
            Thread.sleep(100);
        }
        assertEquals(409, get(URI.create(callback)).statusCode(), "a replay of the callback");
        String forged = callback.replaceFirst("/meetings/[^/]+/", "/meetings/" + UUID.randomUUID() + "/");
        assertEquals(404, get(URI.create(forged)).statusCode(), "a forged token");
    }

    @Test
    @Order(2)
    @RunAsClient
    void leavingBbbLeadsBackIntoThePortalOnly() throws Exception {
        URI back = URI.create(base + "room-return?room=anything");
        HttpResponse<String> anonymous = get(back);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("login.xhtml"),
                "room-return needs a signed-in user");
        try (Browser browser = new Browser(base)) {
            browser.signIn("student1", "student1");
            browser.open("room-return?room=unknown&returnTo=https://evil.example/");
            assertEquals("/", browser.currentPath(), "nothing remembered for this room: home");
            browser.waitFor(By.id("welcome"));
            assertFalse(browser.present(By.cssSelector("#messages li")), "a plain return says nothing");
        }
        try (Browser browser = new Browser(base, "fr")) {
            browser.signIn("student1", "student1");
            String forged = "[{\"key\":\"guestDeniedAccess\",\"message\":\"<b id='injected'>Call 555-0100</b>\"}]";
            browser.open("room-return?room=unknown&errors=" + URLEncoder.encode(forged, StandardCharsets.UTF_8));
            browser.waitForText(By.id("messages"), "Un modérateur ne vous a pas laissé entrer dans la réunion.");
            assertFalse(browser.driver().getPageSource().contains("555-0100"), "BBB's text is never shown");
            assertFalse(browser.present(By.id("injected")));
            browser.open("room-return?room=unknown&errors=%5B%7B%22key%22%3A%22%3Cscript%3E%22%7D%5D");
            browser.waitForText(By.id("messages"), "Le serveur de conférence ne vous a pas laissé entrer");
        }
    }

    @Test
    @Order(3)
    void withBbbHangingTheCircuitOpensAndStatusesAreUnavailableAtOnce() throws Exception {
        URI faults = URI.create(publicUrl.base() + "/sandbox/stats/faults");
        HTTP.send(HttpRequest.newBuilder(faults).header("Content-Type", "application/x-www-form-urlencoded")
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
    }

    private long getMeetingInfoCalls() throws Exception {
        Matcher count = Pattern.compile("\"getMeetingInfo\":(\\d+)")
                .matcher(get(URI.create(publicUrl.base() + "/sandbox/stats")).body());
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    private static String meetingId(URI joinLink) {
        Matcher id = Pattern.compile("(?:^|&)meetingID=([0-9a-f]+)").matcher(joinLink.getRawQuery());
        assertTrue(id.find(), joinLink.toString());
        return id.group(1);
    }
}

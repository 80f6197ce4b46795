package org.bbbrooms.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.SignedIn;
import org.bbbrooms.testing.lti.FormPost;
import org.bbbrooms.testing.lti.LaunchFlow;
import org.bbbrooms.testing.lti.LisRoles;
import org.bbbrooms.testing.lti.LtiPlatformEmulator;
import org.bbbrooms.testing.lti.LtiUser;
import org.bbbrooms.testing.lti.ResourceLink;
import org.bbbrooms.testing.lti.SigningKey;
import org.bbbrooms.testing.lti.ToolRegistration;
import org.bbbrooms.testing.lti.ToolResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * LTI 1.3 launches from the platform emulator (an LMS at 127.0.0.1, the tool at the suite's address), without a
 * browser: the emulator's platform registered as an admin would, then students and teachers launching into the embed view of
 * their course room, deep linking, and the refusal page of a forged token, a replayed launch and a disabled platform;
 * then, in Chromium, the LMS's course page framing the launch (a cross-site frame) of a tool on plain http at an
 * address other than localhost, whose frame keeps no Secure session cookie: the offer to open the room in a new
 * window, which opens it (LtiWalkIT has the frame that keeps it); and the admin page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class LtiLaunchIT {

    private static LtiPlatformEmulator emu;
    /** The tool as the emulator's platform registered it first (a test registers a second one, to disable it). */
    private static ToolRegistration registered;

    @ArquillianResource
    URL base;

    @AfterAll
    static void stop() {
        if (emu != null) {
            emu.stop();
        }
    }

    /** The emulator on the application's clock (which other tests move forward), its tool registered with us. */
    private synchronized LtiPlatformEmulator emu() {
        if (emu == null) {
            Instant now = Server.at(base).now();
            emu = LtiPlatformEmulator.start(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), now)));
            registered = emu.registerTool(null, tool() + "/lti/login", List.of(tool() + "/lti/launch"),
                    tool() + "/lti/jwks", null);
            register(registered);
        }
        return emu;
    }

    private long register(ToolRegistration registration) {
        return Server.at(base).ltiPlatform("Emulator", emu.issuer(), registration.clientId(),
                registration.deploymentId(), emu.authorizationEndpoint(), emu.tokenEndpoint(), emu.jwksUrl());
    }

    private String tool() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A new course with a teacher t-, a student s- and a link placed in it. */
    private String course() {
        String id = "c-" + UUID.randomUUID();
        emu().context(id, "LTI course " + id.substring(2, 8), "LTI101");
        emu.user("t-" + id, "Terry", "Teacher");
        emu.user("s-" + id, "Sam", "Student");
        emu.enroll(id, "t-" + id, LisRoles.INSTRUCTOR);
        emu.enroll(id, "s-" + id, LisRoles.LEARNER);
        emu.link(new ResourceLink(id, "room", "Conference room", registered.clientId(), null, Map.of()));
        return id;
    }

    /** The tool's accepted answer to a resource-link launch of the course's link. */
    private static ToolResponse accepted(LaunchFlow flow, String user, String course) {
        ToolResponse launched = flow.launch(emu.launch(user, course, "room"));
        assertEquals(302, launched.status(), launched.body());
        return launched;
    }

    @Test
    void aStudentLaunchSignsInAndLandsOnTheEmbedViewOfTheCourseRoom() {
        String course = course();
        LaunchFlow flow = emu.flow();
        ToolResponse launched = accepted(flow, "s-" + course, course);
        assertTrue(launched.location().contains("/embed/room.xhtml?id=") && launched.location().contains("lang=en")
                && launched.location().contains("&window="), launched.location());
        assertTrue(launched.headers().getOrDefault("Set-Cookie", List.of()).stream()
                .anyMatch(c -> c.contains("SameSite=None") && c.contains("Secure")), "a cookie for the frame");
        ToolResponse view = flow.get(launched.location());
        assertEquals(200, view.status());
        assertTrue(view.body().contains("data-waiting=\"true\""), "signed in as the student, waiting");
        assertTrue(view.body().contains("LTI course " + course.substring(2, 8)), "the course room");
        assertTrue(view.header("Content-Security-Policy").contains(emu.issuer()), view.header("Content-Security-Policy"));
    }

    @Test
    void aTeacherLaunchMayStartTheRoomAndDeepLinkingOpensTheChoiceForTeachersOnly() {
        String course = course();
        LaunchFlow flow = emu.flow();
        ToolResponse launched = accepted(flow, "t-" + course, course);
        assertTrue(flow.get(launched.location()).body().contains(":start\""), "the teacher may start the room");

        ToolResponse deepLinking = flow.launch(emu.deepLinking("t-" + course, course, registered.clientId()));
        assertEquals(302, deepLinking.status(), deepLinking.body());
        assertTrue(deepLinking.location().contains("/lti/deep-link.xhtml?request="), deepLinking.location());
        ToolResponse student = emu.flow().launch(emu.deepLinking("s-" + course, course, registered.clientId()));
        assertEquals(403, student.status());
        assertTrue(student.body().contains("Only teachers may place rooms"), student.body());
    }

    @Test
    void deepLinkingPagesAndRegistrationLinksRefuseWhatIsNotTheirs() throws Exception {
        String course = course();
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> noConfiguration = get(anonymous, tool() + "/lti/register");
        assertEquals(400, noConfiguration.statusCode());
        assertTrue(noConfiguration.body().contains("This registration link is not valid"), noConfiguration.body());
        HttpResponse<String> forged = get(anonymous, tool() + "/lti/deep-link.xhtml?request=forged");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("This room choice is no longer valid"), forged.body());

        ToolResponse deepLinking = emu.flow().launch(emu.deepLinking("t-" + course, course, registered.clientId()));
        String page = URI.create(tool() + "/").resolve(deepLinking.location()).toString();
        assertEquals(401, get(anonymous, page).statusCode(), "no session, no choice");
        Server.Person other = Server.at(base).user("TEACHER", "Other teacher");
        HttpResponse<String> stolen = get(SignedIn.as(base, other.username(), other.password()), page);
        assertEquals(403, stolen.statusCode());
        assertTrue(stolen.body().contains("This room choice belongs to someone else"), stolen.body());
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLaunchTakesOverNoLocalAccountGivesAPlatformAdminTeacherRightsOnlyAndKeepsTheCourseTitle() {
        String course = course();
        Server.Person local = Server.at(base).user("ADMIN", "Local admin");
        String sub = "a-" + course;
        emu.user(new LtiUser(sub, local.name(), "Local", "Admin", local.username() + "@suite.bbb-rooms.org", "fr",
                List.of(LisRoles.ADMINISTRATOR)));
        emu.enroll(course, sub, LisRoles.LEARNER);
        emu.context(course, "Renamed course " + course.substring(2, 8), "LTI101");

        LaunchFlow flow = emu.flow();
        ToolResponse launched = accepted(flow, sub, course);
        assertTrue(launched.location().contains("lang=fr"), "the LMS's language: " + launched.location());
        String view = flow.get(launched.location()).body();
        assertTrue(view.contains(":start\""), "the platform's administrator teaches the course");
        assertTrue(view.contains("Renamed course " + course.substring(2, 8)), "the course title follows the LMS");
        assertEquals(403, flow.get(tool() + "/admin/users.xhtml").status(),
                "a matching email is not the local admin's account, and an LMS admin is no admin of ours");

        String room = launched.location().replaceAll(".*[?&]id=([^&]+).*", "$1");
        Await.until(Duration.ofSeconds(10), () -> flow.get(tool() + "/lti/grading.xhtml?room=" + room).body()
                .matches("(?s).*(Roster synced|Liste synchronisée).*"), "the launch's roster sync ran");
        assertTrue(flow.get(launched.location()).body().contains(":start\""),
                "the roster, which lists context roles only, left the administrator a teacher");
    }

    @Test
    void aForgedTokenAndAReplayedLaunchGetTheRefusalPage() {
        String course = course();
        ToolResponse forged = emu.flow().launch(emu.launch("s-" + course, course, "room")
                .signedWith(SigningKey.UNPUBLISHED));
        assertEquals(403, forged.status());
        assertTrue(forged.body().contains("data-reason=\"BAD_SIGNATURE\"") && forged.body().contains(
                "This launch was changed"), forged.body());
        assertFalse(forged.body().contains("at org.bbbrooms"), "no stack trace");
        assertTrue(forged.header("Content-Security-Policy").contains(emu.issuer()), "shown in the LMS's frame");

        LaunchFlow flow = emu.flow();
        FormPost answer = flow.authorize(emu.launch("s-" + course, course, "room"));
        assertEquals(302, flow.post(answer).status());
        ToolResponse replayed = flow.post(answer);
        assertEquals(403, replayed.status());
        assertTrue(replayed.body().contains("data-reason=\"STATE_UNKNOWN\""), replayed.body());
    }

    @Test
    void inChromiumTheLmsCoursePageFramesTheRoomWidgetAndTheAdminPageListsThePlatform() throws Exception {
        String course = course();
        Server.Person admin = Server.at(base).user("ADMIN", "LTI admin");
        try (Browser student = new Browser(base); Browser browser = new Browser(base)) {
            student.driver().get(emu.coursePageUrl(course, "room", "s-" + course));
            student.driver().switchTo().frame("tool");
            String lms = student.driver().getWindowHandle();
            student.waitFor(By.cssSelector(".room, #new-window"));
            boolean secureContext = base.getHost().equals("localhost") || base.getHost().startsWith("127.");
            assertEquals(!secureContext, student.present(By.id("new-window")), "over plain http, only localhost"
                    + " keeps a Secure cookie in the frame; elsewhere the launch offers a new window");
            if (!secureContext) {
                student.click("new-window");
                Browser.waiting(student.driver(), Duration.ofSeconds(15))
                        .until(ExpectedConditions.numberOfWindowsToBe(2));
                student.driver().getWindowHandles().stream().filter(tab -> !tab.equals(lms)).findFirst()
                        .ifPresent(tab -> student.driver().switchTo().window(tab));
            }
            student.waitFor(By.cssSelector(".room[data-waiting='true']"));
            assertTrue(student.driver().findElements(By.cssSelector(".portal-header, #header")).isEmpty());

            browser.signIn(admin.username(), admin.password());
            browser.menu("nav-admin", "nav-admin-lti");
            assertEquals(tool() + "/lti/login", browser.text(By.id("url-login")));
            assertEquals(tool() + "/lti/canvas.json", browser.text(By.id("url-canvas")));
            assertTrue(browser.texts(By.cssSelector(".launch-ACCEPTED")).size() > 0, "its accepted launches");
            browser.click("tool-key:rotate");
            browser.waitForText(By.id("messages"), "A new key signs from now on: ");
            String kid = browser.text(By.id("messages")).replaceAll("(?s).*from now on: ([^.\\s]+).*", "$1");
            String jwks = get(HttpClient.newHttpClient(), tool() + "/lti/jwks").body();
            assertTrue(jwks.contains("\"kid\":\"" + kid + "\"") && jwks.split("\"kid\"").length > 2,
                    "the new key and the previous one are published: " + jwks);
            browser.type("lti:name", "Typo");
            browser.type("lti:issuer", "not a url");
            browser.click("lti:register");
            browser.waitForText(By.cssSelector("#lti .ui-message-error"), "The issuer must be");
        }
    }

    @Test
    void aPlatformDisabledIsRefusedAtLoginAndMayNoLongerPlaceRooms() {
        String course = course();
        ToolRegistration other = emu.registerTool(null, tool() + "/lti/login", List.of(tool() + "/lti/launch"),
                tool() + "/lti/jwks", null);
        long platform = register(other);
        LaunchFlow teacher = emu.flow();
        ToolResponse deepLinking = teacher.launch(emu.deepLinking("t-" + course, course, other.clientId()));
        assertEquals(302, deepLinking.status(), deepLinking.body());
        Server.at(base).disableLtiPlatform(platform);
        ToolResponse choice = teacher.get(deepLinking.location());
        assertEquals(403, choice.status());
        assertTrue(choice.body().contains("This platform may not place rooms"), choice.body());

        emu.link(new ResourceLink(course, "other", "Other", other.clientId(), null,
                Map.of()));
        ToolResponse login = emu.flow().get(emu.launch("s-" + course, course, "other").loginUrl());
        assertEquals(403, login.status());
        assertTrue(login.body().contains("data-reason=\"PLATFORM_DISABLED\""), login.body());
    }
}

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
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.TestCourse;
import org.bbbrooms.testing.lti.LtiClaims;
import org.bbbrooms.testing.lti.LtiPlatformEmulator;
import org.bbbrooms.testing.lti.ResourceLink;
import org.bbbrooms.testing.lti.ToolRegistration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The LTI platform emulator registers the tool dynamically from its admin page (which frames {@code /lti/register}
 * and waits for the close message), the platform waits for an admin's approval; and a teacher places a new named
 * room by deep linking, which the emulator receives signed. Until the launch reaches the deep-linking page, the
 * page is opened with a request sealed by the test support ({@code /api/test-support/lti}); then this becomes
 * {@code browser.driver().get(emu.addToolPageUrl("c1", "t1"))}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class LtiLinksIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    @Test
    void thePlatformRegistersTheToolDynamicallyAndAnAdminApprovesIt() throws Exception {
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start(); Browser admin = new Browser(base)) {
            admin.driver().get(emu.registrationPageUrl(base + "lti/register"));
            admin.waitForText(By.id("status"), "Registration closed");
            ToolRegistration tool = emu.tool();
            assertEquals(base + "lti/launch", tool.redirectUris().get(0));
            String issuer = "issuer=" + enc(emu.issuer());
            assertEquals("PENDING", call("GET", "platform?" + issuer).getString("status"));
            assertEquals("ACTIVE", call("POST", "approve?" + issuer).getString("status"));
        }
    }

    @Test
    void aTeacherPlacesANewNamedRoomAndThePlatformReceivesItSigned() throws Exception {
        Server server = Server.at(base);
        TestCourse course = server.course("Deep linking");
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start(); Browser teacher = new Browser(base)) {
            emu.context("c1", "Mathematics 101", "MATH101");
            emu.user("t1", "Terry", "Teacher");
            ToolRegistration tool = emu.registerTool(null, base + "lti/login", List.of(base + "lti/launch"),
                    base + "api/test-support/lti/jwks", null);
            long platform = call("POST", "platform?issuer=" + enc(emu.issuer()) + "&client=" + enc(tool.clientId())
                    + "&deployment=" + enc(tool.deploymentId()) + "&auth=" + enc(emu.authorizationEndpoint())
                    + "&jwks=" + enc(emu.jwksUrl())).getJsonNumber("id").longValue();
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) emu.deepLinking("t1", "c1").claims("n")
                    .get(LtiClaims.DEEP_LINKING_SETTINGS);
            String token = call("POST", "deep-linking?platform=" + platform + "&deployment="
                    + enc(tool.deploymentId()) + "&course=" + course.id() + "&username="
                    + enc(course.teacher().username()) + "&return=" + enc((String) settings.get("deep_link_return_url"))
                    + "&data=" + enc((String) settings.get("data"))).getString("token");

            teacher.signIn(course.teacher().username(), course.teacher().password());
            teacher.waitFor(By.id("page-title"));
            teacher.open("lti/deep-link.xhtml?request=" + enc(token));
            teacher.waitFor(By.cssSelector("input[value='new']")).click();
            teacher.type("place:name", "Office hours");
            teacher.click("place:submit");
            teacher.waitForText(By.id("placed"), "Placed: Office hours · " + course.title());

            ResourceLink placed = emu.links("c1").get(emu.links("c1").size() - 1);
            assertEquals(base + "lti/launch", placed.targetLinkUri());
            String room = placed.custom().get("room");
            assertTrue(room != null && !room.isBlank(), "the link names the room: " + placed.custom());
            teacher.open(course.page());
            assertTrue(teacher.driver().getPageSource().contains(room), "the course page lists the new room");
        }
    }

    @Test
    void badRequestsOutsidersAndStudentsGetAClearRefusal() throws Exception {
        Server server = Server.at(base);
        TestCourse course = server.course("Deep linking refusals");
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start(); Browser student = new Browser(base)) {
            HttpResponse<String> noConfiguration = get("lti/register");
            assertEquals(400, noConfiguration.statusCode());
            assertTrue(noConfiguration.body().contains("This registration link is not valid"), noConfiguration.body());
            HttpResponse<String> forged = get("lti/deep-link.xhtml?request=forged");
            assertEquals(400, forged.statusCode());
            assertTrue(forged.body().contains("This room choice is no longer valid"), forged.body());

            ToolRegistration tool = emu.registerTool(null, base + "lti/login", List.of(base + "lti/launch"),
                    base + "api/test-support/lti/jwks", null);
            long platform = call("POST", "platform?issuer=" + enc(emu.issuer()) + "&client=" + enc(tool.clientId())
                    + "&deployment=" + enc(tool.deploymentId()) + "&auth=" + enc(emu.authorizationEndpoint())
                    + "&jwks=" + enc(emu.jwksUrl())).getJsonNumber("id").longValue();
            String request = "deep-linking?platform=" + platform + "&deployment=" + enc(tool.deploymentId())
                    + "&course=" + course.id() + "&return=" + enc(emu.url("/deep-link-return")) + "&username=";
            String teachers = call("POST", request + enc(course.teacher().username())).getString("token");
            String students = call("POST", request + enc(course.student(1).username())).getString("token");
            assertEquals(401, get("lti/deep-link.xhtml?request=" + enc(teachers)).statusCode(), "no session");

            student.signIn(course.student(1).username(), course.student(1).password());
            student.waitFor(By.id("page-title"));
            student.open("lti/deep-link.xhtml?request=" + enc(students));
            student.waitForText(By.id("lti-deep-link-refused"), "Only the course’s teachers may place rooms");
            student.open("lti/deep-link.xhtml?request=" + enc(teachers));
            student.waitForText(By.id("lti-deep-link-refused"), "This room choice belongs to someone else");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject call(String method, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/test-support/lti/"
                + path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

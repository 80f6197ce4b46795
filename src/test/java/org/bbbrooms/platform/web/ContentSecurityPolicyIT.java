package org.bbbrooms.platform.web;

import static org.bbbrooms.testing.RoomWidgets.buttonId;
import static org.bbbrooms.testing.RoomWidgets.part;
import static org.bbbrooms.testing.RoomWidgets.publicId;
import static org.bbbrooms.testing.RoomWidgets.roomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Content-Security-Policy against every page of the portal in Chromium: one browser walks them all, anonymous,
 * as an admin, a teacher and a student, with their Ajax (filters, dialogs of confirmation, tabs, copy buttons), a
 * Start into the sandbox's conference page and back, a waiting student joined by the websocket push, the embed view
 * and the error pages, and after each step the console holds no CSP violation and no script error. A script that the
 * policy must refuse is refused, so that a console without violations means something. Then, over HTTP, the header
 * itself: one policy on a page, a REST answer and a static resource.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    private Browser browser;

    @Test
    void everyPageRunsUnderThePolicyWithoutViolationsOrScriptErrors() {
        Server server = Server.at(base);
        TestCourse math = server.course("Policy");
        List<Long> meetings = server.history(math, 2);
        Person admin = server.user("ADMIN", "Pat Policy");
        try (Browser walk = new Browser(base)) {
            browser = walk;
            anInlineScriptIsRefused();
            anonymous();
            asAdmin(admin, math, meetings);
            asTeacher(math);
            asStudent(server, math);
        }
    }

    /** The control: an injected inline script does not run, and the console says why. */
    private void anInlineScriptIsRefused() {
        browser.open("login.xhtml");
        browser.waitFor(By.id("login:username"));
        script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.head.appendChild(s);");
        assertNull(script("return window.injected;"), "the inline script did not run");
        List<String> console = browser.console();
        assertTrue(console.stream().anyMatch(m -> Browser.isCspViolation(m) && m.contains("script-src")),
                "the console reports the refused script: " + console);
    }

    private void anonymous() {
        visit("login.xhtml", "login:username");
        visit("api-docs.xhtml", "swagger-ui");
        browser.waitFor(By.cssSelector("#swagger-ui .opblock"));
        browser.waitFor(By.cssSelector("#swagger-ui .opblock-summary")).click();
        browser.waitFor(By.cssSelector("#swagger-ui .opblock-body"));
        clean("the API reference with an operation open");
        visit("errors/expired.xhtml", "error-expired");
        visit("errors/500.xhtml", "error-500");
        visit("lti/refused.xhtml", "lti-refused");
        visit("lti/registration.xhtml", "lti-registration");
        failing("lti/deep-link.xhtml?request=forged", "lti-deep-link-refused");
    }

    private void asAdmin(Person admin, TestCourse math, List<Long> meetings) {
        browser.signIn(admin.username(), admin.password());
        visit("index.xhtml", "page-title");
        failing("no-such-page.xhtml", "error-404");
        visit("courses.xhtml", "page-title");
        visit(math.page(), "page-title");
        String room = roomId(browser, math.title());
        visit("room.xhtml?id=" + publicId(room), "page-title");
        visit("recordings.xhtml?room=" + publicId(room), "page-title");
        visit("course-settings.xhtml?code=" + math.code(), "page-title");
        visit("my-attendance.xhtml", "page-title");
        visit("profile.xhtml", "page-title");
        visit("report-meeting.xhtml?id=" + meetings.get(0), "page-title");
        visit("admin/users.xhtml", "users:text");
        browser.type("users:text", math.teacher().username());
        browser.click("users:search");
        browser.waitForText(By.id("users:table"), math.teacher().name());
        clean("the users filtered");
        visit("admin/user.xhtml?id=" + math.teacher().id(), "page-title");
        visit("admin/courses.xhtml", "page-title");
        visit("admin/course.xhtml?id=" + math.id(), "page-title");
        visit("admin/import.xhtml", "page-title");
        visit("admin/extra.xhtml", "extra:test");
        browser.click("extra:test");
        browser.waitForText(By.id("messages"), "Enter the server URL to test it.");
        clean("the connection test answered");
        visit("admin/recordings.xhtml", "page-title");
        visit("admin/reports.xhtml", "page-title");
        visit("admin/webhooks.xhtml", "page-title");
        visit("admin/lti.xhtml", "page-title");
        visit("admin/api-clients.xhtml", "create:name");
        browser.type("create:name", "Policy client");
        browser.waitFor(By.cssSelector("label[for='create:scopes:0']")).click();
        browser.click("create:create-client");
        browser.click("copy-token");
        browser.waitFor(By.xpath("//tr[td[contains(., 'Policy client')]]//button[contains(@id, ':revoke')]")).click();
        browser.waitFor(By.id("confirm-revoke"));
        browser.click("clients:revoke-no");
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-revoke")));
        clean("an API client created, its token copied, its revocation asked and cancelled");
        browser.openMenu("nav-language");
        browser.click("header:lang-fr");
        browser.waitForText(By.id("page-title"), "Clients");
        browser.openMenu("nav-language");
        browser.click("header:lang-en");
        browser.waitForText(By.id("page-title"), "API clients");
        clean("the language switched and back");
        browser.signOut();
        clean("signed out");
    }

    private void asTeacher(TestCourse math) {
        browser.signIn(math.teacher().username(), math.teacher().password());
        visit(math.page(), "page-title");
        String room = roomId(browser, math.title());
        browser.click(buttonId(browser, room, "tab-recordings"));
        browser.waitFor(By.cssSelector("[id='" + room + "'] .recording"));
        browser.click(buttonId(browser, room, "tab-room"));
        browser.click(buttonId(browser, room, "share"));
        wait(driver -> !browser.text(By.cssSelector("[id='" + room + "'] .room-copy-note")).isEmpty());
        clean("the widget's tabs and its copy button");
        browser.driver().findElement(By.linkText("Group A")).click();
        browser.waitFor(By.id("page-title"));
        clean("a group page");
        visit("reports.xhtml", "report:weekly");
        browser.waitFor(By.cssSelector("#report\\:meetings .meeting-link")).click();
        browser.waitFor(By.id("page-title"));
        clean("a meeting's report");
        visit("lti/grading.xhtml?room=" + publicId(room), "page-title");
        visit(math.page(), "page-title");
        browser.click(buttonId(browser, room, "start"));
        browser.waitFor(By.id("sandbox-role"));
        clean("the sandbox's conference page");
        browser.click("sandbox-leave");
        wait(ExpectedConditions.urlContains(math.page()));
        browser.waitFor(part(room, "end"));
        clean("back from the conference");
        browser.click(buttonId(browser, room, "end"));
        browser.waitFor(part(room, "ended"));
        clean("the meeting ended");
        browser.signOut();
    }

    private void asStudent(Server server, TestCourse math) {
        Person student = math.student(1);
        browser.signIn(student.username(), student.password());
        visit(math.page(), "page-title");
        String room = roomId(browser, math.title());
        browser.waitFor(part(room, "waiting"));
        failing("admin/users.xhtml", "error-403");
        visit(math.page(), "page-title");
        browser.waitFor(part(room, "waiting"));
        server.startCourseRoom(math);
        browser.waitFor(By.id("sandbox-role"));
        clean("joined by the push");
        server.endCourseRoom(math);
        wait(ExpectedConditions.urlContains(math.page()));
        browser.waitFor(part(room, "waiting"));
        clean("sent back when the meeting ended");
        String link = server.joinLink(student, math).toString();
        browser.driver().get(link);
        browser.waitFor(By.cssSelector(".embed .room[data-waiting='true']"));
        clean("the embed view");
        failing(link, "embed-refused");
    }

    @Test
    void pagesRestAnswersAndResourcesCarryOneWholePolicy() throws Exception {
        HttpResponse<String> page = get("login.xhtml");
        ContentSecurityPolicy policy = policy(page);
        assertTrue(policy.directive("script-src").orElseThrow().matches("'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'"),
                policy.toString());
        assertTrue(Pattern.compile("<script[^>]* nonce=\"").matcher(page.body()).find(),
                "PrimeFaces gives its scripts the nonce");
        assertEquals("'self'", policy.directive("default-src").orElseThrow());
        assertEquals("'self'", policy.directive("form-action").orElseThrow());
        assertEquals("'none'", policy.directive("object-src").orElseThrow());
        assertEquals("'self'", policy.directive("base-uri").orElseThrow());
        assertEquals("'none'", policy.directive("frame-ancestors").orElseThrow(), "FramingRules decides it");

        ContentSecurityPolicy rest = policy(get("api/v1/me"));
        assertEquals("'self'", rest.directive("script-src").orElseThrow(), "no nonce where nothing is rendered");
        assertEquals("'none'", rest.directive("frame-ancestors").orElseThrow());
        assertEquals(SecurityHeaders.POLICY.toString(), policy(get("resources/css/portal.css")).toString());
        assertTrue(policy(get("embed/room.xhtml")).directive("frame-ancestors").orElseThrow()
                .startsWith("http://127.0.0.1:*"), "the embed view may be framed by the host portals");
    }

    /** The one policy of a response: a second header would be enforced as well. */
    private static ContentSecurityPolicy policy(HttpResponse<String> answer) {
        List<String> headers = answer.headers().allValues(ContentSecurityPolicy.HEADER);
        assertEquals(1, headers.size(), answer.uri() + ": " + headers);
        return ContentSecurityPolicy.parse(headers.get(0));
    }

    @Test
    void aFormPostedWithoutItsNonceIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> form = get("login.xhtml");
        String session = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        java.util.regex.Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertTrue(state.find(), "the login form has a view state");
        String body = "login=login&login%3Ausername=someone&login%3Apassword=guess&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), "UTF-8");
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, posted.statusCode(), "a form without PrimeFaces' nonce is refused as a bad request");
        assertFalse(posted.body().contains("Exception"), "and no stack trace: " + posted.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void visit(String path, String shownId) {
        browser.open(path);
        browser.waitFor(By.id(shownId));
        clean(path);
    }

    /** A page whose answer is an error status: the console's note of that status is expected, nothing else. */
    private void failing(String path, String shownId) {
        if (path.startsWith("http")) {
            browser.driver().get(path);
        } else {
            browser.open(path);
        }
        browser.waitFor(By.id(shownId));
        List<String> problems = settledConsole().stream()
                .filter(m -> !m.matches(".*Failed to load resource: the server responded with a status of 4\\d\\d.*"))
                .toList();
        assertEquals(List.of(), problems, path);
    }

    private void clean(String where) {
        assertEquals(List.of(), settledConsole(), where);
    }

    /**
     * The console once PrimeFaces' Ajax queue is empty, but for the browser's own look for a favicon (at the root of
     * the server, which has none).
     */
    private List<String> settledConsole() {
        wait(driver -> Boolean.TRUE.equals(script("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        return browser.console().stream().filter(m -> !m.contains("/favicon.ico ")).toList();
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    private <T> void wait(Function<WebDriver, T> condition) {
        Browser.waiting(browser.driver(), WAIT).until(condition);
    }
}

package org.bbbrooms.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bbbrooms.platform.web.ContentSecurityPolicy;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A host portal in another site embeds rooms: its page, served from 127.0.0.1 by a JDK server of the test, frames
 * signed embed links to the portal at localhost (a different site, so the frame is cross-site and its session
 * cookie must be {@code SameSite=None; Secure; Partitioned}, which Chromium keeps on http://localhost). Then join
 * links and refusals, over plain HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class EmbedIT {

    private static final String SECRET = System.getenv("BBB_EMBED_SECRET");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final HostPortal HOST = new HostPortal();

    @ArquillianResource
    URL base;

    @AfterAll
    static void stopHost() {
        HOST.stop();
    }

    @Test
    void aHostPageInAnotherSiteFramesTheWidgetsTheTeacherStartsInANewTabAndAReplayIsRefused() {
        Server server = Server.at(base);
        TestCourse course = server.course("Embedded");
        String studentLink = link(server, "s-" + course.code(), "student", course);
        String teacherLink = link(server, "t-" + course.code(), "teacher", course);
        try (Browser student = new Browser(base); Browser teacher = new Browser(base)) {
            framed(student, studentLink);
            WebDriver frame = student.driver();
            student.waitFor(By.cssSelector(".room[data-waiting='true']"));
            assertTrue(frame.findElements(By.cssSelector(".portal-header, #header")).isEmpty(), "no portal header");
            assertEquals("fr", frame.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(student.text(By.cssSelector(".room-waiting")).contains("Restez sur cette page"));

            framed(teacher, teacherLink);
            String hostTab = teacher.driver().getWindowHandle();
            teacher.waitFor(By.cssSelector("button[id$=':start']")).click();
            wait(teacher).until(ExpectedConditions.numberOfWindowsToBe(2));
            teacher.driver().getWindowHandles().stream().filter(tab -> !tab.equals(hostTab)).findFirst()
                    .ifPresent(tab -> teacher.driver().switchTo().window(tab));
            wait(teacher).until(ExpectedConditions.presenceOfElementLocated(By.id("sandbox-role")));
            assertEquals("MODERATOR", teacher.driver().findElement(By.id("sandbox-role")).getAttribute("data-role"));

            student.waitForText(By.cssSelector("button[id$=':join']"), "Rejoindre maintenant");
            framed(student, studentLink);
            assertTrue(student.text(By.id("embed-refused")).contains("déjà servi"), "a replayed link is refused");
            teacher.click("sandbox-leave");
            teacher.waitFor(By.cssSelector("button[id$=':end']"));
            assertTrue(teacher.driver().getCurrentUrl().contains("/embed/room.xhtml?id="),
                    "leaving BBB leads back to the room's embed view, in the tab: " + teacher.driver().getCurrentUrl());
        }
    }

    @Test
    void aJoinLinkOpensOnceForAMinuteAndSignsItsUserIn() throws Exception {
        Server server = Server.at(base);
        TestCourse course = server.course("Join links");
        Person student = course.student(1);
        URI link = server.joinLink(student, course);
        List<HttpResponse<String>> doubleClick = List.of(HTTP.sendAsync(get(link), body()),
                HTTP.sendAsync(get(link), body())).stream().map(answer -> answer.join()).toList();
        assertEquals(1, doubleClick.stream().filter(answer -> answer.statusCode() == 302).count(),
                "one of two simultaneous uses gets in");
        HttpResponse<String> used = doubleClick.stream().filter(answer -> answer.statusCode() != 302).findFirst()
                .orElseThrow();
        assertEquals(410, used.statusCode());
        assertTrue(used.body().contains("no longer valid"), used.body());
        HttpResponse<String> landed = doubleClick.stream().filter(answer -> answer.statusCode() == 302)
                .findFirst().orElseThrow();
        assertTrue(landed.headers().firstValue("Location").orElseThrow().contains("/embed/room.xhtml?id="),
                "the room does not run: the student waits in the embed view");
        String cookie = landed.headers().allValues("Set-Cookie").get(0).split(";", 2)[0];
        HttpResponse<String> view = HTTP.send(HttpRequest.newBuilder(URI.create(landed.headers()
                .firstValue("Location").orElseThrow())).header("Cookie", cookie).build(), body());
        assertTrue(view.body().contains("data-waiting=\"true\""), "signed in as the student, waiting");

        URI late = server.joinLink(student, course);
        server.advance(Duration.ofSeconds(61));
        assertEquals(410, HTTP.send(get(late), body()).statusCode(), "expired after a minute");
        URI fresh = server.joinLink(student, course);
        String token = fresh.toString().substring(fresh.toString().lastIndexOf('/') + 1);
        URI forged = URI.create(fresh.toString().replace(token, new StringBuilder(token).reverse().toString()));
        assertEquals(410, HTTP.send(get(forged), body()).statusCode(), "a forged token opens nothing");
        assertEquals(302, HTTP.send(get(fresh), body()).statusCode());
    }

    @Test
    void badSignedLinksGetAClearPageAndOnlyEmbedViewsMayBeFramed() throws Exception {
        Server server = Server.at(base);
        TestCourse course = server.course("Refusals");
        long now = server.now().getEpochSecond();
        String expired = HostPortalLink.query(SECRET, HostPortalLink.values("x-" + course.code(), course.code(),
                "student", "course", now - 1, nonce()));
        HttpResponse<String> late = HTTP.send(get(URI.create(app() + "embed?" + expired)), body());
        assertEquals(403, late.statusCode());
        assertTrue(late.body().contains("Ce lien a expiré") || late.body().contains("This link has expired"));
        assertFalse(late.body().contains("EmbedRefusedException") || late.body().contains("at org.bbbrooms"),
                "no stack trace");
        assertTrue(frameAncestors(late).startsWith("http://127.0.0.1:*"),
                "BBB_FRAME_ANCESTORS, then any LTI platform's");

        String tampered = link(server, "y-" + course.code(), "student", course).replace("role=student",
                "role=teacher");
        HttpResponse<String> changed = HTTP.send(get(URI.create(tampered)), body());
        assertEquals(403, changed.statusCode());
        assertTrue(changed.body().contains("This link was changed"), changed.body());

        HttpResponse<String> signedIn = HTTP.send(get(URI.create(link(server, "z-" + course.code(), "student",
                course))), body());
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.contains("SameSite=None") && c.contains("Secure") && c.contains("Partitioned")));

        HttpResponse<String> login = HTTP.send(get(URI.create(app() + "login.xhtml")), body());
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("'none'", frameAncestors(login));
        for (HttpResponse<String> any : List.of(login, late, signedIn)) {
            assertEquals("nosniff", any.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("strict-origin-when-cross-origin", any.headers().firstValue("Referrer-Policy").orElseThrow());
        }
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty());
        assertTrue(cookies.stream().allMatch(c -> c.toLowerCase(Locale.ROOT).contains("samesite=lax")),
                "the session cookie is Lax outside the embed views: " + cookies);
    }

    @Test
    void theApiHandsOutJoinLinksByOurIdOrTheHostsWithTheRoomsScope() throws Exception {
        Server server = Server.at(base);
        TestCourse course = server.course("API join links");
        String hostId = "api-" + course.code();
        HttpResponse<String> embedded = HTTP.send(get(URI.create(link(server, hostId, "student", course))), body());
        String hostRoom = roomOf(embedded);
        String room = roomOf(HTTP.send(get(server.joinLink(course.student(1), course)), body()));
        String rooms = server.apiToken("rooms").token();
        HttpResponse<String> byOurs = post(rooms, room, "{\"userId\": " + course.student(2).id() + "}");
        assertEquals(201, byOurs.statusCode(), byOurs.body());
        JsonObject created = Json.createReader(new StringReader(byOurs.body())).readObject();
        assertTrue(Instant.parse(created.getString("expiresAt")).isAfter(server.now()));
        assertEquals(302, HTTP.send(get(URI.create(created.getString("url"))), body()).statusCode());
        HttpResponse<String> byHosts = post(rooms, hostRoom, "{\"user\": \"" + hostId + "\"}");
        assertEquals(201, byHosts.statusCode(), byHosts.body());

        assertEquals(403, post(server.apiToken("read").token(), room, "{\"userId\": 1}").statusCode());
        assertEquals(400, post(rooms, room, "{}").statusCode());
        assertEquals(404, post(rooms, room, "{\"user\": \"nobody-" + hostId + "\"}").statusCode());
        HttpResponse<String> outsider = post(rooms, room, "{\"userId\": " + course.otherTeacher().id() + "}");
        assertEquals(422, outsider.statusCode(), "a teacher of another course may not enter: " + outsider.body());
    }

    /** The room whose embed view a landing redirected to. */
    /** The frame-ancestors of the response's one Content-Security-Policy, which FramingRules decides. */
    private static String frameAncestors(HttpResponse<String> answer) {
        return ContentSecurityPolicy.parse(answer.headers().firstValue(ContentSecurityPolicy.HEADER).orElseThrow())
                .directive("frame-ancestors").orElseThrow();
    }

    private static String roomOf(HttpResponse<String> landing) {
        return landing.headers().firstValue("Location").orElseThrow().replaceAll(".*[?&]id=([^&]+).*", "$1");
    }

    private HttpResponse<String> post(String token, String room, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app() + "api/v1/rooms/" + room + "/join-links"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(20)).build(), body());
    }

    /** A fresh signed link of a host user (ids of the test's own) to the course's room, as the README builds it. */
    private String link(Server server, String user, String role, TestCourse course) {
        long exp = server.now().getEpochSecond() + 300;
        return app() + "embed?" + HostPortalLink.query(SECRET,
                HostPortalLink.values(user, "ext-" + course.code(), role, "course", exp, nonce()));
    }

    /** The portal at localhost, another site than the host portal's 127.0.0.1. */
    private String app() {
        return base.toString().replaceFirst("//[^/:]+", "//localhost");
    }

    private static void framed(Browser browser, String link) {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(HOST.page(link).toString());
        wait(browser).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("rooms"));
    }

    private static WebDriverWait wait(Browser browser) {
        return Browser.waiting(browser.driver(), WAIT);
    }

    private static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build();
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString();
    }

    /** The host portal's pages, each framing one link: {@code http://127.0.0.1:<port>/page-<n>}. */
    private static final class HostPortal {

        private final Map<String, String> pages = new ConcurrentHashMap<>();
        private final AtomicInteger count = new AtomicInteger();
        private final HttpServer server;

        HostPortal() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                byte[] page = pages.getOrDefault(exchange.getRequestURI().getPath(), "")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(page.length == 0 ? 404 : 200, page.length == 0 ? -1 : page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
        }

        URI page(String link) {
            String path = "/page-" + count.incrementAndGet();
            pages.put(path, "<!DOCTYPE html><html lang=\"en\"><head><title>Host portal</title></head><body>"
                    + "<h1>Host portal</h1><iframe id=\"rooms\" name=\"rooms\" title=\"Conference room\" width=\"640\""
                    + " height=\"480\" src=\"" + link.replace("&", "&amp;") + "\"></iframe></body></html>");
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        }

        void stop() {
            server.stop(0);
        }
    }
}

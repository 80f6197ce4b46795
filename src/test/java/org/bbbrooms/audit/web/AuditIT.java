package org.bbbrooms.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The audit log in Chromium: an admin changes a setting, a teacher starts and ends the course room and someone
 * mistypes the teacher's password; the admin finds each on the audit page (reached from the menu), filters it,
 * and exports the filtered log as CSV; a teacher gets neither the page nor the export.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    private Server server;

    @AfterEach
    void settingsAsDeployed() {
        server.resetSettings();
    }

    @Test
    void adminActionsAreOnTheAuditPageFilteredAndExportedAndOnlyForAdmins() throws Exception {
        server = Server.at(base);
        server.resetSettings();
        TestCourse math = server.course("Audit");
        Person admin = server.user("ADMIN", "Audrey Admin");
        Person teacher = math.teacher();
        server.startCourseRoom(math);
        server.endCourseRoom(math);
        try (Browser browser = new Browser(base)) {
            browser.signInThroughForm(teacher.username(), "not-the-password");
            browser.signIn(admin.username(), admin.password(), "admin/extra.xhtml");
            browser.type("extra:maxParticipants", "31");
            browser.click("extra:save");
            browser.waitForText(By.id("messages"), "Settings saved.");

            browser.click("settings-history");
            assertEquals("Audit log", browser.title());
            assertEquals("Setting changed", browser.text(By.id("audit:action_label")), "the history link filters");
            browser.type("audit:actor", admin.username());
            search(browser);
            assertEquals(List.of("BBB_MAX_PARTICIPANTS"),
                    browser.texts(By.cssSelector("#audit\\:table .audit-target")));
            assertEquals("“0” → “31”", browser.text(By.cssSelector("#audit\\:table .audit-change")));

            browser.menu("nav-admin", "nav-admin-audit");
            browser.type("audit:course", math.code());
            search(browser);
            assertEquals(List.of("Room ended", "Room started"),
                    browser.texts(By.cssSelector("#audit\\:table .audit-action")), "newest first");
            assertEquals(List.of(teacher.username(), teacher.username()),
                    browser.texts(By.cssSelector("#audit\\:table .audit-actor")));

            browser.open("admin/audit.xhtml");
            browser.type("audit:target", teacher.username());
            search(browser);
            assertEquals(List.of("Failed sign-in"), browser.texts(By.cssSelector("#audit\\:table .audit-action")));
            assertEquals("nobody signed in", browser.text(By.cssSelector("#audit\\:table .audit-actor")));

            browser.type("audit:target", "");
            browser.type("audit:course", math.code());
            search(browser);
            String export = browser.waitFor(By.id("audit:export-csv")).getAttribute("href");
            String day = server.now().atZone(ZoneOffset.UTC).toLocalDate().toString();
            HttpResponse<String> csv = get(export + "&from=" + day.substring(0, 8) + "01", session(browser));
            assertEquals(200, csv.statusCode(), export);
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            List<String> lines = csv.body().lines().toList();
            assertEquals("\uFEFFWhen,Who,Action,On what,Course code,Old value,New value,Details", lines.get(0));
            assertEquals(3, lines.size(), "the header and the course's two entries: " + lines);
            assertTrue(lines.get(1).contains("," + teacher.username() + ",Room ended,Audit"), lines.get(1));
            assertTrue(lines.get(2).contains(",Room started,"), lines.get(2));
            browser.signOut();

            browser.signIn(teacher.username(), teacher.password(), "admin/audit.xhtml");
            assertEquals("Access denied", browser.title());
            assertEquals(403, get(export, session(browser)).statusCode(), "nor the export");
        }
    }

    /** Applies the filters and waits for the table's new rows. */
    private static void search(Browser browser) {
        WebElement rows = browser.driver().findElement(By.id("audit:table_data"));
        browser.click("audit:search");
        Browser.waiting(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(rows));
    }

    private static Cookie session(Browser browser) {
        return browser.driver().manage().getCookieNamed("JSESSIONID");
    }

    private static HttpResponse<String> get(String link, Cookie session) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(link)).header("Cookie", session.getName() + "="
                + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
    }
}

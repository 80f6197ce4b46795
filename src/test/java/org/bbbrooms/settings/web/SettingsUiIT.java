package org.bbbrooms.settings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The settings pages in headless Chromium: the admin's Extra section against the in-WAR sandbox (good and wrong
 * secret, the write-only secret, confirmation before saving a failing connection), a course's settings, and a
 * user's client choice. The failsafe execution runs the server with the sandbox and its secret below.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsUiIT {

    private static final String SECRET = "sandbox-it-7c1e4b2a9d";
    private static final String WRONG_SECRET = "wrong-secret-5d2e8f";

    @ArquillianResource
    URL base;

    private Server server;
    private TestCourse math;
    private Person admin;

    /** The platform as deployed: these tests configure it, and leave it so for the others. */
    @BeforeEach
    void aPlatformAsDeployed() {
        server = Server.at(base);
        server.resetSettings();
        math = server.course("Mathematics");
        admin = server.user("ADMIN", "Ada Admin");
    }

    @AfterEach
    void asDeployedAgain() {
        server.resetSettings();
    }

    @Test
    void theAdminConfiguresTheServerTestsItAndNeverSeesTheSecretAgain() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(admin.username(), admin.password());
            assertTrue(browser.text(By.id("sandbox-banner")).contains("sandbox BBB server"), "admins are warned");
            browser.menu("nav-admin", "nav-admin-extra");
            assertEquals("Extra: conference settings", browser.title());
            assertEquals("No secret is set.", browser.text(By.id("secret-state")));
            assertTrue(browser.text(By.id("source-serverUrl")).contains("Default"));

            browser.type("extra:serverUrl", base + "sandbox/bigbluebutton");
            browser.type("extra:secret", SECRET);
            browser.click("extra:test");
            assertEquals("OK", outcome(browser));
            assertTrue(browser.text(By.id("test-outcome")).contains("BigBlueButton 3.0.0"), "the server's version");
            assertEquals("A new secret is typed; it is saved with the other settings.",
                    browser.text(By.id("secret-state")));
            assertFalse(browser.driver().getPageSource().contains(SECRET), "the typed secret is not sent back");

            browser.type("extra:maxParticipants", "30");
            browser.click("extra:save");
            browser.waitForText(By.id("messages"), "Settings saved.");
            browser.waitForText(By.id("secret-state"), "A secret is set.");
            assertFalse(browser.present(By.id("sandbox-banner")), "a real server is configured now");
            assertTrue(browser.text(By.id("source-serverUrl")).contains("Saved on this page"));
            assertTrue(browser.text(By.id("source-secret")).contains("Saved on this page"));

            browser.open("admin/extra.xhtml");
            assertEquals("A secret is set.", browser.text(By.id("secret-state")));
            assertEquals("", browser.driver().findElement(By.id("extra:secret")).getAttribute("value"));
            assertFalse(browser.driver().getPageSource().contains(SECRET), "the saved secret is never rendered");
        }
    }

    @Test
    void aWrongSecretIsReportedAndSavingItAsksForConfirmationFirst() {
        server.resetSettings("BBB_SERVER_URL", base + "sandbox/bigbluebutton", "BBB_SERVER_SECRET", SECRET);
        try (Browser browser = new Browser(base)) {
            browser.signIn(admin.username(), admin.password(), "admin/extra.xhtml");
            browser.type("extra:serverUrl", base + "sandbox/bigbluebutton");
            browser.type("extra:secret", WRONG_SECRET);
            browser.click("extra:test");
            assertEquals("WRONG_SECRET", outcome(browser));
            assertTrue(browser.text(By.id("test-outcome")).startsWith("Wrong secret"));

            browser.click("extra:save");
            assertTrue(browser.text(By.id("confirm-save")).contains("Save anyway"));
            assertFalse(browser.driver().getPageSource().contains(WRONG_SECRET));
            browser.click("extra:save-cancel");
            Browser.waiting(browser.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-save")));

            browser.type("extra:secret", "");
            browser.click("extra:test");
            browser.waitForText(By.id("test-outcome"), "Connection OK");
            assertEquals("OK", outcome(browser), "the wrong secret was not saved: the current one still works");
        }
    }

    @Test
    void aTeacherEditsTheCourseSettingsAndAStudentIsRefused() {
        server.resetSettings("BBB_MAX_PARTICIPANTS", "30");
        try (Browser browser = new Browser(base)) {
            browser.signIn(math.teacher().username(), math.teacher().password(), math.page());
            browser.waitFor(By.cssSelector("#course-settings a, a#course-settings")).click();
            browser.waitForText(By.id("page-title"), "Conference settings");
            browser.type("settings:welcome", "<b>Hello class</b><script>alert('pwned')</script>");
            browser.click("settings:preview");
            browser.waitForText(By.id("welcome-preview"), "Hello class");
            String preview = browser.driver().findElement(By.id("welcome-preview")).getAttribute("innerHTML");
            assertTrue(preview.contains("<b>Hello class</b>"), preview);
            assertFalse(preview.contains("script"), preview);

            browser.type("settings:maxParticipants", "50");
            browser.click("settings:save");
            browser.waitForText(By.id("messages"), "at most 30 participants");
            browser.type("settings:maxParticipants", "12");
            browser.click("settings:save");
            browser.waitForText(By.id("messages"), "Saved.");
            browser.waitForText(By.id("effective-max"), "12");
            browser.open("course-settings.xhtml?code=" + math.code());
            assertEquals("<b>Hello class</b>", browser.driver().findElement(By.id("settings:welcome")).getAttribute("value"));
            assertFalse(browser.driver().getPageSource().contains("pwned"), "the script is gone for good");
            browser.signOut();

            browser.signIn(math.student(1).username(), math.student(1).password(), math.page());
            assertFalse(browser.present(By.id("course-settings")), "students get no link");
            browser.open("course-settings.xhtml?code=" + math.code());
            assertEquals("Access denied", browser.title(), "nor the page");
        }
    }

    @Test
    void aUserChoosesTheirClientOnlyWhenThePlatformLetsThem() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(math.student(2).username(), math.student(2).password());
            browser.menu("nav-user", "nav-profile");
            assertEquals("My profile", browser.title());
            assertTrue(browser.present(By.id("client-fixed")), "the platform chooses by default");
            assertFalse(browser.present(By.id("profile:client")));
            browser.signOut();

            browser.signIn(admin.username(), admin.password(), "admin/extra.xhtml");
            assertFalse(browser.driver().findElement(By.id("extra:clientInterface:1")).isEnabled(),
                    "Flash is disabled, not hidden, on a 3.0 server");
            assertTrue(browser.text(By.id("flash-unavailable")).startsWith("Flash is not available"));
            browser.waitFor(By.cssSelector("label[for='extra:clientInterface:2']")).click();
            browser.click("extra:save");
            browser.waitForText(By.id("messages"), "Settings saved.");
            browser.signOut();

            browser.signIn(math.student(2).username(), math.student(2).password(), "profile.xhtml");
            assertEquals("You get the HTML5 client.", browser.text(By.id("client-current")));
            assertFalse(browser.driver().findElement(By.id("profile:client:1")).isEnabled(), "no Flash on this server");
            browser.waitFor(By.cssSelector("label[for='profile:client:0']")).click();
            browser.click("profile:save");
            browser.waitForText(By.id("messages"), "Your choice is saved");
            assertEquals("You chose the HTML5 client.", browser.text(By.id("client-current")));
        }
    }

    private static String outcome(Browser browser) {
        return browser.waitFor(By.id("test-outcome")).getAttribute("data-outcome");
    }
}

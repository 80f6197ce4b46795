package org.bbbrooms.settings.options.web;

import static org.bbbrooms.testing.RoomWidgets.buttonId;
import static org.bbbrooms.testing.RoomWidgets.roomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Meeting options in headless Chromium, from the admin's choice to what the sandbox BBB received: the admin locks
 * "mute on start" on and lets courses choose the webcam lock; a teacher locks the webcams (the room's page then says
 * the course decided it) and starts the room. The three option pages are thereby also checked against the CSP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingOptionsIT {

    @ArquillianResource
    URL base;

    private Server server;
    private TestCourse math;
    private Person admin;

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
    void theAdminDecidesTheTeacherChoosesWhereAllowedAndBbbReceivesBoth() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(admin.username(), admin.password());
            browser.menu("nav-admin", "nav-admin-meeting-options");
            assertEquals("Meeting options", browser.title());
            new Select(control(browser, "muteOnStart", "select[id$=':decision']")).selectByValue("PLATFORM");
            control(browser, "muteOnStart", "input[id$=':flag']").click();
            new Select(control(browser, "lockSettingsDisableCam", "select[id$=':decision']")).selectByValue("COURSE");
            browser.click("options:save");
            browser.waitForText(By.id("messages"), "Saved.");
            browser.signOut();

            browser.signIn(math.teacher().username(), math.teacher().password(), math.page());
            String room = roomId(browser, math.title());
            browser.open("course-settings.xhtml?code=" + math.code());
            assertEquals("false", option(browser, "muteOnStart").getAttribute("data-editable"), "the platform decides");
            assertTrue(option(browser, "muteOnStart").getText().contains("Set by the platform."));
            assertFalse(control(browser, "muteOnStart", "input[id$=':flag']").isEnabled());
            assertTrue(browser.text(By.id("next-meeting")).contains("next meeting"));
            control(browser, "lockSettingsDisableCam", "input[id$=':own']").click();
            control(browser, "lockSettingsDisableCam", "input[id$=':flag']").click();
            browser.click("settings:save");
            browser.waitForText(By.id("messages"), "Saved.");
            browser.waitForText(By.cssSelector("[data-option='lockSettingsDisableCam'] .source"), "Set for this course.");
            browser.waitFor(By.cssSelector("a.room-options-link")).click();
            browser.waitForText(By.id("page-title"), "Meeting options of the room");
            assertEquals("false", option(browser, "lockSettingsDisableCam").getAttribute("data-editable"));
            assertTrue(option(browser, "lockSettingsDisableCam").getText().contains("decided per course"),
                    "a room page says where its values come from");
            assertEquals("COURSE", option(browser, "lockSettingsDisableCam").getAttribute("data-source"));

            browser.open(math.page());
            browser.click(buttonId(browser, room, "start"));
            WebElement muted = browser.waitFor(By.id("sandbox-mute-on-start"));
            assertEquals("true", muted.getAttribute("data-muted"));
            assertEquals("true", browser.waitFor(By.cssSelector("#sandbox-lock-settings [data-lock='DisableCam']"))
                    .getAttribute("data-value"));
            assertEquals("false", browser.waitFor(By.cssSelector("#sandbox-lock-settings [data-lock='DisableMic']"))
                    .getAttribute("data-value"), "the other locks as BBB's defaults");
            browser.click("sandbox-end");
        }
    }

    private static WebElement option(Browser browser, String key) {
        return browser.waitFor(By.cssSelector("[data-option='" + key + "']"));
    }

    private static WebElement control(Browser browser, String key, String css) {
        return browser.waitFor(By.cssSelector("[data-option='" + key + "'] " + css));
    }
}

package org.bbbrooms.slides;

import static org.bbbrooms.testing.RoomWidgets.buttonId;
import static org.bbbrooms.testing.RoomWidgets.roomId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.TestCourse;
import org.bbbrooms.testing.SlideFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Rooms and slides in headless Chromium (which fails the test on any CSP violation): a teacher adds a named room on
 * the course's Rooms and slides page, which the course page then shows; goes from the course room's widget to its
 * slides, uploads a PDF, and starts the room; the sandbox's conference page shows the file it
 * downloaded from the portal, as BBB would, with its size.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlidesIT {

    @ArquillianResource
    URL base;

    @Test
    void aTeacherUploadsSlidesStartsTheRoomAndTheSandboxShowsTheSlidesItFetched() throws Exception {
        TestCourse physics = Server.at(base).course("Physics");
        Path pdf = Files.write(Files.createTempDirectory("slides").resolve("Optics.pdf"), SlideFiles.pdf());
        try (Browser teacher = new Browser(base)) {
            teacher.signIn(physics.teacher().username(), physics.teacher().password(), physics.page());
            teacher.click("course-rooms-manage");
            teacher.type("add:name", "Lab");
            teacher.click("add:add");
            teacher.waitForText(By.id("named-rooms"), "Lab");
            teacher.open(physics.page());
            roomId(teacher, "Lab · " + physics.title());
            String room = roomId(teacher, physics.title());
            teacher.click(buttonId(teacher, room, "slides"));
            teacher.waitFor(By.cssSelector("#upload input[type='file']")).sendKeys(pdf.toString());
            teacher.click("upload:send");
            teacher.waitForText(By.id("messages"), "Optics.pdf was uploaded.");
            WebElement listed = teacher.waitFor(By.cssSelector("#slides li.slide"));
            assertEquals("true", listed.getAttribute("data-default"), "the first file is the default");

            teacher.open(physics.page());
            teacher.click(buttonId(teacher, roomId(teacher, physics.title()), "start"));
            teacher.waitFor(By.id("sandbox-meeting-name"));
            WebElement fetched = Browser.waiting(teacher.driver(), Duration.ofSeconds(10)).until(driver -> {
                if (teacher.present(By.cssSelector("#sandbox-presentations li[data-state='fetched']"))) {
                    return driver.findElement(By.cssSelector("#sandbox-presentations li"));
                }
                driver.navigate().refresh();
                return null;
            });
            assertEquals(String.valueOf(SlideFiles.pdf().length), fetched.getAttribute("data-bytes"));
            assertEquals("Optics.pdf", fetched.getText().replaceFirst(" \\(.*$", ""));
            teacher.click("sandbox-end");
        }
    }
}

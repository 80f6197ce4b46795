package org.bbbrooms.recording;

import static org.bbbrooms.testing.RoomWidgets.buttonId;
import static org.bbbrooms.testing.RoomWidgets.publicId;
import static org.bbbrooms.testing.RoomWidgets.roomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.bbbrooms.testing.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Recordings in headless Chromium against the in-WAR sandbox: a teacher records a MATH101 lesson (record turned on in
 * the course settings) with the course room's Start button, ends it in the sandbox's conference page and comes back
 * to the course page, where the recording appears by itself in the room widget's Recordings tab once processed (the
 * failsafe execution shortens the sandbox's processing to 3 s and the background sync to every 2 s); there the
 * teacher unpublishes, hides, renames and deletes it, while a student, on the room's page, sees it only while it is
 * published and not hidden.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordingsIT {

    private static final String MATH = "course.xhtml?code=MATH101";
    private static final Duration APPEAR = Duration.ofSeconds(45);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aTeacherRecordsALessonAndManagesItWhileAStudentSeesItOnlyWhenPublishedAndShown() throws Exception {
        try (Browser teacher = new Browser(base); Browser student = new Browser(base)) {
            teacher.signIn("teacher1", "teacher1");
            teacher.open("course-settings.xhtml?code=MATH101");
            choose(teacher, "settings:record", "Yes");
            teacher.click("settings:save");
            teacher.waitForText(By.id("messages"), "Saved.");
            teacher.waitForText(By.id("effective-record"), "Yes");

            teacher.open(MATH);
            String room = roomId(teacher, "Mathematics 101");
            teacher.click(buttonId(teacher, room, "start"));
            teacher.waitFor(By.id("sandbox-meeting-name"));
            assertEquals("MODERATOR", teacher.waitFor(By.id("sandbox-role")).getAttribute("data-role"));
            teacher.click("sandbox-end");
            new WebDriverWait(teacher.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(MATH));
            assertFalse(teacher.present(By.className("recordings-list")), "recordings are read once their tab opens");
            teacher.click(buttonId(teacher, room, "tab-recordings"));
            String page = "room.xhtml?id=" + publicId(room);

            WebElement recording = new WebDriverWait(teacher.driver(), APPEAR).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("li.recording[data-state='PUBLISHED']")));
            assertEquals("Mathematics 101", recording.findElement(By.className("recording-name")).getText());
            String playback = recording.findElement(By.cssSelector("a.play-presentation")).getAttribute("href");
            assertEquals(playback, recording.findElement(By.className("copy-link")).getAttribute("data-url"));
            assertEquals(200, status(playback), "published: playable");

            student.signIn("student1", "student1");
            student.open(page);
            assertEquals("Mathematics 101", student.title(), "the room's page");
            assertEquals(List.of("Mathematics 101"), names(student), "published and shown: the student sees it");
            student.open("recordings.xhtml?room=" + publicId(room));
            assertEquals("Recordings · Mathematics 101", student.title(), "the room's recordings alone");
            assertEquals(List.of("Mathematics 101"), names(student));

            click(teacher, "unpublish");
            teacher.waitForText(By.id("messages"), "is unpublished");
            waitForState(teacher, "UNPUBLISHED");
            assertFalse(teacher.present(By.cssSelector("li.recording a.play")), "no link to play it");
            assertEquals(404, status(playback), "unpublished on the server: nobody can play it");
            student.open(page);
            assertEquals(List.of(), names(student), "unpublished: the student does not see it");

            click(teacher, "publish");
            waitForState(teacher, "PUBLISHED");
            click(teacher, "hide");
            teacher.waitFor(By.cssSelector("li.recording[data-hidden='true']"));
            student.open(page);
            assertEquals(List.of(), names(student), "hidden: the student does not see it");
            assertEquals(200, status(playback), "hiding keeps it published");
            click(teacher, "unhide");
            teacher.waitFor(By.cssSelector("li.recording[data-hidden='false']"));

            click(teacher, "edit");
            WebElement name = teacher.waitFor(By.cssSelector("li.recording input[id$=':name']"));
            name.clear();
            name.sendKeys("Limits, lesson 1");
            teacher.driver().findElement(By.cssSelector("li.recording textarea[id$=':description']"))
                    .sendKeys("With the exercises of chapter 2");
            click(teacher, "save");
            teacher.waitForText(By.cssSelector("li.recording .recording-name"), "Limits, lesson 1");
            student.open(page);
            assertEquals(List.of("Limits, lesson 1"), names(student));
            assertEquals("With the exercises of chapter 2", student.text(By.className("recording-description")));

            click(teacher, "delete");
            assertTrue(teacher.text(By.className("confirm-text")).contains("“Limits, lesson 1”"),
                    "the confirmation names the recording");
            click(teacher, "confirm-delete");
            teacher.waitFor(By.className("recordings-none"));
            assertEquals(404, status(playback), "deleted on the server");
            student.open(page);
            assertEquals(List.of(), names(student));
        }
    }

    @Test
    @Order(2)
    void anAdminDeletesACourseWhichDisappearsFromThePortal() {
        try (Browser admin = new Browser(base)) {
            admin.signIn("admin", "admin");
            admin.menu("nav-admin", "nav-admin-recordings");
            assertEquals("Recordings", admin.title());
            admin.waitFor(By.id("recordings:table"));

            admin.menu("nav-admin", "nav-admin-courses");
            admin.waitFor(By.linkText("PHYS201")).click();
            admin.click("course-delete:delete");
            assertTrue(admin.text(By.id("confirm-course-delete")).contains("PHYS201"), "the confirmation names it");
            admin.click("course-delete:confirm-delete");
            admin.waitForText(By.id("messages"), "The course PHYS201 was deleted.");
            assertFalse(admin.present(By.linkText("PHYS201")), "gone from the admins' list");
        }
        try (Browser teacher = new Browser(base)) {
            teacher.signIn("teacher1", "teacher1");
            teacher.open("courses.xhtml");
            teacher.waitFor(By.linkText("Mathematics 101"));
            assertFalse(teacher.present(By.linkText("Physics 201")), "gone from its teacher's courses");
        }
    }

    /**
     * Picks an item of a PrimeFaces select menu as a user does: open it, click the item, see it chosen; again if a
     * click made while the menu was still opening (slow on a busy machine) did not take.
     */
    private static void choose(Browser browser, String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        for (int attempt = 1;; attempt++) {
            if (browser.driver().findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
                browser.click(menuId);
            }
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(item))
                    .click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Clicks a button of the (only) recording row, e.g. {@code unpublish}. */
    private static void click(Browser browser, String button) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions
                .elementToBeClickable(By.cssSelector("li.recording [id$=':" + button + "']"))).click();
    }

    private static void waitForState(Browser browser, String state) {
        browser.waitFor(By.cssSelector("li.recording[data-state='" + state + "']"));
    }

    private static List<String> names(Browser browser) {
        browser.waitFor(By.className("recordings-list"));
        return browser.texts(By.cssSelector("li.recording .recording-name"));
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}

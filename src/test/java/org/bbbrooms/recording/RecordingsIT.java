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
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Recordings in headless Chromium against the in-WAR sandbox: a teacher records a lesson of a course of the test's own
 * (record turned on in the course settings) with the course room's Start button, ends it in the sandbox's conference
 * page and comes back to the course page, where the recording appears by itself in the room widget's Recordings tab
 * once processed (the test moves the application's clock past the sandbox's processing time); there the
 * teacher unpublishes, hides, renames and deletes it, while a student, on the room's page, sees it only while it is
 * published and not hidden.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordingsIT {

    /** The sandbox's processing time (BBB_SANDBOX_RECORDING_SECONDS, 10 by default), passed on the clock. */
    private static final Duration PROCESSING = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("BBB_SANDBOX_RECORDING_SECONDS", "10")));
    private static final Duration APPEAR = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    private Server server;
    private TestCourse math;

    @BeforeEach
    void aCourseOfItsOwn() {
        server = Server.at(base);
        math = server.course("Mathematics");
    }

    @Test
    void aTeacherRecordsALessonAndManagesItWhileAStudentSeesItOnlyWhenPublishedAndShown() throws Exception {
        try (Browser teacher = new Browser(base); Browser student = new Browser(base)) {
            teacher.signIn(math.teacher().username(), math.teacher().password(),
                    "course-settings.xhtml?code=" + math.code());
            choose(teacher, "settings:record", "Yes");
            teacher.click("settings:save");
            teacher.waitForText(By.id("messages"), "Saved.");
            teacher.waitForText(By.id("effective-record"), "Yes");

            teacher.open(math.page());
            String room = roomId(teacher, math.title());
            teacher.click(buttonId(teacher, room, "start"));
            teacher.waitFor(By.id("sandbox-meeting-name"));
            assertEquals("MODERATOR", teacher.waitFor(By.id("sandbox-role")).getAttribute("data-role"));
            teacher.click("sandbox-end");
            Browser.waiting(teacher.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(math.page()));
            server.advance(PROCESSING);
            assertFalse(teacher.present(By.className("recordings-list")), "recordings are read once their tab opens");
            teacher.click(buttonId(teacher, room, "tab-recordings"));
            String page = "room.xhtml?id=" + publicId(room);

            WebElement recording = Browser.waiting(teacher.driver(), APPEAR).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("li.recording[data-state='PUBLISHED']")));
            assertEquals(math.title(), recording.findElement(By.className("recording-name")).getText());
            String playback = recording.findElement(By.cssSelector("a.play-presentation")).getAttribute("href");
            assertEquals(playback, recording.findElement(By.className("copy-link")).getAttribute("data-url"));
            assertEquals(200, status(playback), "published: playable");

            student.signIn(math.student(1).username(), math.student(1).password(), page);
            assertEquals(math.title(), student.title(), "the room's page");
            assertEquals(List.of(math.title()), names(student), "published and shown: the student sees it");
            student.open("recordings.xhtml?room=" + publicId(room));
            assertEquals("Recordings · " + math.title(), student.title(), "the room's recordings alone");
            assertEquals(List.of(math.title()), names(student));

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
    void anAdminDeletesACourseWhichDisappearsFromThePortal() {
        TestCourse physics = server.course("Physics", math.teacher());
        Person adminUser = server.user("ADMIN", "Ada Admin");
        try (Browser admin = new Browser(base)) {
            admin.signIn(adminUser.username(), adminUser.password());
            admin.menu("nav-admin", "nav-admin-recordings");
            assertEquals("Recordings", admin.title());
            admin.waitFor(By.id("recordings:table"));

            admin.menu("nav-admin", "nav-admin-courses");
            admin.type("courses:text", physics.code());
            WebElement unfiltered = admin.waitFor(By.id("courses:table"));
            admin.click("courses:search");
            Browser.waiting(admin.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(unfiltered));
            admin.waitFor(By.linkText(physics.code())).click();
            admin.click("course-delete:delete");
            assertTrue(admin.text(By.id("confirm-course-delete")).contains(physics.code()), "the confirmation names it");
            admin.click("course-delete:confirm-delete");
            admin.waitForText(By.id("messages"), "The course " + physics.code() + " was deleted.");
            assertFalse(admin.present(By.linkText(physics.code())), "gone from the admins' list");
        }
        try (Browser teacher = new Browser(base)) {
            teacher.signIn(math.teacher().username(), math.teacher().password(), "courses.xhtml");
            teacher.waitFor(By.linkText(math.title()));
            assertFalse(teacher.present(By.linkText(physics.title())), "gone from its teacher's courses");
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
            Browser.waiting(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(item))
                    .click();
            try {
                Browser.waiting(browser.driver(), Duration.ofSeconds(3))
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
        Browser.waiting(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions
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

package org.bbbrooms.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.lti.LineItem;
import org.bbbrooms.testing.lti.LisRoles;
import org.bbbrooms.testing.lti.LtiPlatformEmulator;
import org.bbbrooms.testing.lti.ResourceLink;
import org.bbbrooms.testing.lti.Score;
import org.bbbrooms.testing.lti.ServerTime;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole LMS story in Chromium, as the issue tells it: the LMS's admin registers the tool dynamically and ours
 * approves it; a teacher places a new room by deep linking in the LMS's frame, launches it there, sets its grading
 * and starts the meeting; a student launches the same link and joins as a viewer; after the meeting the roster has
 * come from the LMS and the student's grade has reached its gradebook. The LMS (the emulator) is at 127.0.0.1 and
 * the tool at localhost: another site, whose frame keeps its session cookie ({@code SameSite=None; Secure;
 * Partitioned}, which Chromium accepts from http://localhost).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class LtiWalkIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    @Test
    void anLmsRegistersTheToolATeacherPlacesAndStartsARoomAStudentJoinsAndTheGradeGoesBack() throws Exception {
        Server server = Server.at(base);
        ServerTime time = new ServerTime();
        time.follow(server.now());
        URL tool = URI.create(base.toString().replace("://" + base.getHost() + ":", "://localhost:")).toURL();
        Server.Person admin = server.user("ADMIN", "LTI walk admin");
        String c = "walk-" + Long.toHexString(System.nanoTime());
        try (LtiPlatformEmulator emu = LtiPlatformEmulator.start(time); Browser ours = new Browser(tool);
                Browser teacher = new Browser(tool); Browser student = new Browser(tool)) {
            ours.driver().get(emu.registrationPageUrl(tool + "lti/register"));
            ours.waitForText(By.id("status"), "Registration closed");
            ours.signIn(admin.username(), admin.password());
            ours.menu("nav-admin", "nav-admin-lti");
            String row = "//tr[.//span[normalize-space() = '" + emu.issuer() + "']]";
            ours.driver().findElement(By.xpath(row + "//button[contains(@id, ':approve')]")).click();
            ours.waitFor(By.xpath(row + "//span[@data-status = 'ACTIVE']"));

            emu.context(c, "Biology " + c, "BIO");
            emu.user("t-" + c, "Tess", "Teacher");
            emu.user("s-" + c, "Sid", "Student");
            emu.enroll(c, "t-" + c, LisRoles.INSTRUCTOR);
            emu.enroll(c, "s-" + c, LisRoles.LEARNER);
            teacher.driver().get(emu.addToolPageUrl(c, "t-" + c));
            teacher.driver().switchTo().frame("tool");
            teacher.waitFor(By.cssSelector("input[value='new']")).click();
            teacher.type("place:name", "Lab session");
            teacher.click("place:submit");
            Await.until(WAIT, () -> emu.links(c).size() == 1, "the LMS received the placed room");
            ResourceLink placed = emu.links(c).get(0);
            String room = placed.custom().get("room");
            assertEquals(tool + "lti/launch", placed.targetLinkUri());

            framed(teacher, emu.coursePageUrl(c, placed.id(), "t-" + c));
            teacher.waitFor(By.id("grading-link")).click();
            teacher.waitFor(By.cssSelector("[id='grading:enabled'] .ui-chkbox-box")).click();
            teacher.driver().findElement(By.cssSelector("[id='grading:kind']")).click();
            teacher.waitFor(By.xpath("//li[@role='option'][normalize-space() = 'at least this many minutes']")).click();
            teacher.driver().findElement(By.id("grading:value")).clear();
            teacher.type("grading:value", "10");
            teacher.click("grading:save");
            teacher.waitForText(By.id("messages"), "Grading settings saved.");
            teacher.click("back-to-room");
            String lms = teacher.driver().getWindowHandle();
            teacher.driver().findElement(By.cssSelector("[id$=':start']")).click();
            assertEquals("MODERATOR", roleInNewTab(teacher.driver(), lms));

            framed(student, emu.coursePageUrl(c, placed.id(), "s-" + c));
            String studentLms = student.driver().getWindowHandle();
            student.waitFor(By.cssSelector("[id$=':join']")).click();
            assertEquals("VIEWER", roleInNewTab(student.driver(), studentLms));

            time.follow(server.advance(Duration.ofMinutes(20)));
            teacher.driver().switchTo().window(lms).switchTo().frame("tool");
            teacher.waitFor(By.cssSelector("[id$=':end']")).click();
            teacher.waitForText(By.cssSelector("[id$=':ended']"), "The meeting has ended.");
            passOfTheBackgroundWork();

            LineItem item = emu.lineItems(c).stream().filter(i -> room.equals(i.resourceId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no line item for the room: " + emu.lineItems(c)));
            List<Score> scores = emu.scores(item.id(), "s-" + c);
            assertEquals(100.0, scores.get(scores.size() - 1).scoreGiven(), "20 of 10 minutes: full marks");
            assertEquals(Set.of(), Set.copyOf(emu.scores(item.id(), "t-" + c)), "teachers get no grade");
            teacher.click("grading-link");
            teacher.waitForText(By.id("roster-status"), "2 people");
            teacher.waitForText(By.id("score-counts"), "Scores: 1 sent, 0 waiting, 0 failed.");
        }
    }

    /** Opens the LMS's course page and goes into the tool's frame. */
    private static void framed(Browser browser, String coursePage) {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(coursePage);
        browser.driver().switchTo().frame("tool");
        browser.waitFor(By.cssSelector(".room"));
    }

    /** Start and Join in the embed view open the conference in a new tab: the role it shows there. */
    private static String roleInNewTab(WebDriver driver, String lms) {
        Browser.waiting(driver, WAIT).until(ExpectedConditions.numberOfWindowsToBe(2));
        driver.getWindowHandles().stream().filter(tab -> !tab.equals(lms)).findFirst()
                .ifPresent(tab -> driver.switchTo().window(tab));
        Browser.waiting(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("sandbox-role")));
        return driver.findElement(By.id("sandbox-role")).getAttribute("data-role");
    }

    /** The background work that runs every BBB_LTI_POLL_SECONDS, at once: the meeting's grades are sent. */
    private void passOfTheBackgroundWork() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base
                + "api/test-support/lti-services/pass")).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"sent\":1"), answer.body());
    }
}

package org.bbbrooms.room.web;

import static org.bbbrooms.testing.RoomWidgets.buttonId;
import static org.bbbrooms.testing.RoomWidgets.part;
import static org.bbbrooms.testing.RoomWidgets.roomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Guests in headless Chromium, against the sandbox: a teacher opens the course room to guests and gives it a viewer
 * code, starts it; a guest without an account opens the guest link, gives their name and the code, and waits in
 * the lobby until the teacher admits them on the sandbox's conference page; leaving, the guest lands on the public
 * "you left the meeting" page and has no portal session; an admin ends the meeting from the live view, where it shows
 * with the teacher who started it; the meeting's report shows the guest as a guest, and the students who never came
 * as absent; a new guest link stops the old one, and each change is in the audit log, without a code or link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class GuestsIT {

    @ArquillianResource
    URL base;

    @AfterEach
    void settingsAsDeployed() {
        Server.at(base).resetSettings();
    }

    @Test
    void aGuestWithTheCodeWaitsInTheLobbyIsAdmittedAndIsReportedAsAGuestBesideTheAbsentees() {
        Server server = Server.at(base);
        server.resetSettings("BBB_GUEST_ACCESS", "true");
        TestCourse math = server.course("Guests");
        try (Browser teacher = new Browser(base); Browser guest = new Browser(base)) {
            teacher.signIn(math.teacher().username(), math.teacher().password(), math.page());
            String room = roomId(teacher, math.title());
            teacher.waitFor(part(room, "guests-link")).click();
            teacher.click("guests:enable");
            teacher.click("guests:new-VIEWER");
            teacher.waitFor(By.id("guests:remove-VIEWER"));
            String code = teacher.text(By.cssSelector("#code-VIEWER"));
            String link = teacher.waitFor(By.id("guest-link")).getAttribute("value");

            teacher.open(math.page());
            teacher.click(buttonId(teacher, roomId(teacher, math.title()), "start"));
            teacher.waitFor(By.id("sandbox-conference"));

            guest.driver().get(link);
            guest.type("guest:name", "Gwen Guest");
            guest.type("guest:code", code);
            guest.click("guest:join");
            assertEquals("waiting", guest.waitFor(By.id("sandbox-lobby-status")).getAttribute("data-state"));

            teacher.waitFor(By.cssSelector("#sandbox-waiting li[data-name='Gwen Guest'] .sandbox-admit")).click();
            guest.waitForText(By.id("sandbox-user-name"), "Gwen Guest");
            teacher.waitForText(By.id("sandbox-participant-count"), "2");

            guest.click("sandbox-leave");
            guest.waitForText(By.id("page-title"), "You left the meeting");
            assertEquals("/left.xhtml", guest.currentPath(), "a public page, not one that asks to sign in");
            guest.open("courses.xhtml");
            assertTrue(guest.present(By.id("login:username")), "the guest has no portal session: " + guest.currentPath());

            Person admin = server.user("ADMIN", "Alma Admin");
            guest.signIn(admin.username(), admin.password()).open("admin/live.xhtml");
            By meeting = By.cssSelector("tr.live-meeting[data-room='" + math.title() + "']");
            assertEquals(math.teacher().name(), guest.waitFor(meeting).findElement(By.className("live-started-by"))
                    .getText());
            guest.waitFor(meeting).findElement(By.cssSelector("button[id$=':end']")).click();
            Browser.waiting(guest.driver(), Duration.ofSeconds(10)).withMessage("the meeting left the live view")
                    .until(page -> page.findElements(meeting).isEmpty());
            teacher.open(math.page());
            teacher.waitFor(part(roomId(teacher, math.title()), "start"));
            teacher.click("header:nav-reports");
            teacher.waitFor(By.cssSelector("#report\\:meetings .meeting-link")).click();
            assertEquals("Gwen Guest", teacher.waitFor(By.cssSelector("#participants tr[data-guest='true']"))
                    .getAttribute("data-name"));
            List<String> absent = teacher.texts(By.cssSelector("#absentees .absentee"));
            assertEquals(List.of(1, 2, 3, 4).stream().map(i -> math.student(i).name()).sorted().toList(), absent);

            teacher.open(math.page());
            teacher.waitFor(part(roomId(teacher, math.title()), "guests-link")).click();
            teacher.click("guests:new-link");
            Browser.waiting(teacher.driver(), Duration.ofSeconds(10)).withMessage("a new guest link")
                    .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                    .until(page -> !link.equals(page.findElement(By.id("guest-link")).getAttribute("value")));
            String newLink = teacher.waitFor(By.id("guest-link")).getAttribute("value");
            guest.driver().get(link);
            assertFalse(guest.present(By.id("guest:name")), "the old link stopped working");
            guest.driver().get(newLink);
            assertTrue(guest.present(By.id("guest:name")), "the new one works");
            JsonObject audit = server.audit(math, "GUEST_ACCESS_CHANGED");
            assertEquals(List.of("guest access on", "viewer code made anew", "guest link made anew"),
                    audit.getJsonArray("details").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                            .toList());
            assertFalse(audit.getString("text").contains(code), "never the code itself");
            assertFalse(audit.getString("text").contains(link.substring(link.indexOf("g=") + 2)), "nor the link");
        }
    }
}

package org.bbbrooms.schedule.web;

import static org.bbbrooms.testing.RoomWidgets.buttonId;
import static org.bbbrooms.testing.RoomWidgets.part;
import static org.bbbrooms.testing.RoomWidgets.roomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A timetable in headless Chromium (issue 16): a teacher schedules a weekly session on the course room's sessions
 * page, subscribes to it (their own and the course's iCalendar feeds, then revokes the address), and starts the
 * room early, which a teacher may; a student sees the next session on the widget, is refused before the window
 * opens, and gets in once it has (the application's clock is moved, nobody waits).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimetableIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    @Test
    void aStudentIsRefusedBeforeTheWeeklySessionsWindowOpensAndLetInOnceItHas() {
        Server server = Server.at(base);
        TestCourse math = server.course("Mathematics");
        try (Browser teacher = new Browser(base); Browser student = new Browser(base)) {
            teacher.signIn(math.teacher().username(), math.teacher().password(), math.page());
            String room = roomId(teacher, math.title());
            teacher.click(buttonId(teacher, room, "sessions"));
            ZoneId zone = ZoneId.of(teacher.waitFor(By.id("session-zone")).getAttribute("data-zone"));
            ZonedDateTime start = server.now().plus(Duration.ofMinutes(15)).atZone(zone)
                    .truncatedTo(ChronoUnit.MINUTES);
            Instant opens = start.minusMinutes(10).toInstant();
            teacher.type("session-form:title", "Weekly lecture");
            teacher.type("session-form:day", start.toLocalDate().toString());
            teacher.type("session-form:time", start.format(DateTimeFormatter.ofPattern("HH:mm")));
            teacher.type("session-form:length", "60");
            teacher.type("session-form:opensBefore", "10");
            teacher.driver().findElement(By.cssSelector("[id='session-form:weekly'] .ui-chkbox-box")).click();
            teacher.click("session-form:save");
            teacher.waitForText(By.id("sessions"), "Weekly lecture");
            assertTrue(teacher.text(By.id("sessions")).contains("Weekly on"), "a weekly series");
            teacher.open("timetable.xhtml?code=" + math.code());
            assertTrue(teacher.text(By.id("timetable")).contains("Weekly lecture"), "the course's timetable lists it");
            subscribeAndRevoke(teacher, math);

            teacher.open(math.page());
            teacher.click(buttonId(teacher, room, "start"));
            waitFor(teacher, ExpectedConditions.presenceOfElementLocated(By.id("sandbox-role")));

            student.signIn(math.student(1).username(), math.student(1).password(), math.page());
            assertTrue(student.text(part(room, "next-session")).startsWith("Next session: "),
                    student.text(part(room, "next-session")));
            student.click(buttonId(student, room, "join"));
            student.waitForText(By.id("messages"), "This room opens for its next session on");
            assertTrue(student.currentPath().contains("course.xhtml"), "the student stays on the course page");

            server.advance(Duration.between(server.now(), opens).plusMinutes(1));
            student.open(math.page());
            assertTrue(student.text(part(room, "next-session")).startsWith("Session open now: "));
            student.click(buttonId(student, room, "join"));
            waitFor(student, ExpectedConditions.presenceOfElementLocated(By.id("sandbox-role")));
            assertEquals("VIEWER", student.driver().findElement(By.id("sandbox-role")).getAttribute("data-role"));
        }
    }

    /**
     * The teacher makes calendar addresses in the profile: their own feed and the course's, both plain GETs without
     * a session that validate as RFC 5545 and hold the weekly session; a new address revokes the old one.
     */
    private void subscribeAndRevoke(Browser teacher, TestCourse math) {
        teacher.open("profile.xhtml");
        teacher.click("calendar:reset-feed");
        teacher.waitFor(By.id("feed-addresses"));
        List<String> addresses = teacher.driver().findElements(By.cssSelector("#feed-addresses .feed-url")).stream()
                .map(field -> field.getAttribute("value")).toList();
        assertEquals(2, addresses.size(), "the teacher's own feed and the course's: " + addresses);
        for (String address : addresses) {
            HttpResponse<String> feed = get(address);
            assertEquals(200, feed.statusCode(), address);
            assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            ICalendar calendar = Biweekly.parse(feed.body()).first();
            assertTrue(calendar.validate(ICalVersion.V2_0).isEmpty(), feed.body());
            VEvent lecture = calendar.getEvents().stream()
                    .filter(e -> e.getSummary().getValue().equals("Weekly lecture · " + math.title()))
                    .findFirst().orElseThrow(() -> new AssertionError(feed.body()));
            assertEquals(Frequency.WEEKLY, lecture.getRecurrenceRule().getValue().getFrequency());
            assertTrue(lecture.getUrl().getValue().contains("/room.xhtml?id="), "the event leads to the room");
        }
        teacher.click("calendar:reset-feed");
        teacher.waitFor(By.id("feed-addresses"));
        Browser.waiting(teacher.driver(), WAIT).withMessage("a new address shows")
                .ignoring(StaleElementReferenceException.class).ignoring(IndexOutOfBoundsException.class)
                .until(page -> !addresses.get(0).equals(page.findElements(By.cssSelector("#feed-addresses .feed-url"))
                        .get(0).getAttribute("value")));
        assertEquals(404, get(addresses.get(0)).statusCode(), "the old address is revoked");
    }

    private static HttpResponse<String> get(String address) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(address)).timeout(WAIT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> void waitFor(Browser browser, Function<? super WebDriver, T> condition) {
        Browser.waiting(browser.driver(), WAIT).until(condition);
    }
}

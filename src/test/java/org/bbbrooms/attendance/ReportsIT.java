package org.bbbrooms.attendance;

import static org.bbbrooms.testing.RoomWidgets.buttonId;
import static org.bbbrooms.testing.RoomWidgets.roomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Attendance in Payara Micro, in headless Chromium, against the in-WAR sandbox: a teacher and two students meet
 * (Start and Join in the course room's widget), one student leaves early with the sandbox's Leave button, the
 * teacher ends the meeting; BBB's end and analytics callbacks come in; the teacher's report shows each person's
 * intervals, and the export holds them. A student sees only their own attendance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ReportsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration SLACK = Duration.ofSeconds(2);

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
    void aTeacherAndTwoStudentsMeetOneLeavesEarlyAndTheReportAndExportShowIt() throws Exception {
        Instant leaving;
        Instant left;
        try (Browser teacher = new Browser(base); Browser sam = new Browser(base);
                Browser salome = new Browser(base, "fr")) {
            String thomasName = math.teacher().name();
            String samName = math.student(1).name();
            String salomeName = math.student(4).name();
            enter(teacher.signIn(math.teacher().username(), math.teacher().password()), "start");
            enter(sam.signIn(math.student(1).username(), math.student(1).password()), "join");
            enter(salome.signIn(math.student(4).username(), math.student(4).password()), "join");
            teacher.waitForText(By.id("sandbox-participant-count"), "3");

            leaving = server.now();
            salome.click("sandbox-leave");
            salome.waitForText(By.id("page-title"), math.title());
            left = server.now();
            teacher.waitForText(By.id("sandbox-participant-count"), "2");
            teacher.click("sandbox-end");
            teacher.waitForText(By.id("page-title"), math.title());
            sam.waitForText(By.id("page-title"), math.title());

            teacher.click("header:nav-reports");
            teacher.waitFor(By.cssSelector("#report\\:meetings .meeting-link")).click();
            Map<String, List<WebElement>> stays = exactStays(teacher);
            assertEquals(Map.of(thomasName, 1, samName, 1, salomeName, 1),
                    Map.of(thomasName, stays.get(thomasName).size(), samName,
                            stays.get(samName).size(), salomeName, stays.get(salomeName).size()));
            Instant salomeLeft = at(stays.get(salomeName).get(0), "data-left");
            assertTrue(!salomeLeft.isBefore(leaving.minus(SLACK)) && !salomeLeft.isAfter(left.plus(SLACK)),
                    "Salomé left when she pressed Leave: " + salomeLeft + " within " + leaving + " and " + left);
            Instant end = at(stays.get(samName).get(0), "data-left");
            assertEquals(end, at(stays.get(thomasName).get(0), "data-left"), "both stayed until the end");
            assertTrue(end.isAfter(salomeLeft), "the others stayed after Salomé left");
            assertTrue(at(stays.get(thomasName).get(0), "data-joined")
                    .isBefore(at(stays.get(salomeName).get(0), "data-joined")), "the teacher came first");

            teacher.click("header:nav-reports");
            String csvLink = teacher.waitFor(By.id("report:export-csv")).getAttribute("href");
            Cookie session = teacher.driver().manage().getCookieNamed("JSESSIONID");
            byte[] csv = download(csvLink, session);
            assertEquals("\uFEFF", new String(csv, StandardCharsets.UTF_8).substring(0, 1), "UTF-8 with a BOM");
            Map<String, CSVRecord> lines = new HashMap<>();
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                    StandardCharsets.UTF_8)) {
                CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                        .forEach(line -> lines.put(line.get("Participant"), line));
            }
            assertEquals(math.title(), lines.get(salomeName).get("Room"));
            assertEquals(math.code(), lines.get(salomeName).get("Course"));
            assertTrue(seconds(lines.get(salomeName).get("Total time"))
                    < seconds(lines.get(samName).get("Total time")), "Salomé's time is the shortest");
            byte[] xlsx = download(csvLink.replace("format=csv", "format=xlsx"), session);
            assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII), "an XLSX (zip) file");
            assertTrue(XlsxCells.read(xlsx).contains(salomeName));

            salome.open("my-attendance.xhtml");
            assertEquals(1, salome.texts(By.cssSelector("#my-attendance .attended")).size());
            salome.open("reports.xhtml");
            assertFalse(salome.present(By.id("report:meetings")), "students see no meetings report");
        }
    }

    /** On the course page, the course room's widget: the teacher presses Start, students Join. */
    private void enter(Browser browser, String action) {
        browser.open(math.page());
        browser.click(buttonId(browser, roomId(browser, math.title()), action));
        browser.waitFor(By.id("sandbox-conference"));
    }

    /** The stays of each participant, once the report is exact (BBB's analytics arrived): reloads until then. */
    private static Map<String, List<WebElement>> exactStays(Browser browser) {
        Browser.waiting(browser.driver(), Duration.ofSeconds(20)).withMessage("BBB's analytics callback arrived")
                .until(driver -> {
                    if ("true".equals(browser.waitFor(By.id("accuracy")).getAttribute("data-exact"))) {
                        return true;
                    }
                    driver.navigate().refresh();
                    return false;
                });
        Map<String, List<WebElement>> stays = new HashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#participants .participant"))) {
            stays.put(row.getAttribute("data-name"), row.findElements(By.cssSelector(".stay")));
        }
        return stays;
    }

    private static Instant at(WebElement stay, String attribute) {
        return Instant.parse(stay.getAttribute(attribute));
    }

    private static long seconds(String hours) {
        String[] parts = hours.split(":");
        return Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60 + Long.parseLong(parts[2]);
    }

    private static byte[] download(String link, Cookie session) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(link))
                .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), link);
        return answer.body();
    }
}

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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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

    @Test
    void aTeacherAndTwoStudentsMeetOneLeavesEarlyAndTheReportAndExportShowIt() throws Exception {
        Instant leaving;
        Instant left;
        try (Browser teacher = new Browser(base); Browser sam = new Browser(base);
                Browser salome = new Browser(base, "fr")) {
            enter(teacher.signIn("teacher1", "teacher1"), "start");
            enter(sam.signIn("student1", "student1"), "join");
            enter(salome.signIn("student4", "student4"), "join");
            teacher.waitForText(By.id("sandbox-participant-count"), "3");

            leaving = Instant.now();
            salome.click("sandbox-leave");
            salome.waitForText(By.id("page-title"), "Mathematics 101");
            left = Instant.now();
            teacher.waitForText(By.id("sandbox-participant-count"), "2");
            teacher.click("sandbox-end");
            teacher.waitForText(By.id("page-title"), "Mathematics 101");
            sam.waitForText(By.id("page-title"), "Mathematics 101");

            teacher.click("header:nav-reports");
            teacher.waitFor(By.cssSelector("#report\\:meetings .meeting-link")).click();
            Map<String, List<WebElement>> stays = exactStays(teacher);
            assertEquals(Map.of("Thomas Teacher", 1, "Sam Student", 1, "Salomé Étudiante", 1),
                    Map.of("Thomas Teacher", stays.get("Thomas Teacher").size(), "Sam Student",
                            stays.get("Sam Student").size(), "Salomé Étudiante", stays.get("Salomé Étudiante").size()));
            Instant salomeLeft = at(stays.get("Salomé Étudiante").get(0), "data-left");
            assertTrue(!salomeLeft.isBefore(leaving.minus(SLACK)) && !salomeLeft.isAfter(left.plus(SLACK)),
                    "Salomé left when she pressed Leave: " + salomeLeft + " within " + leaving + " and " + left);
            Instant end = at(stays.get("Sam Student").get(0), "data-left");
            assertEquals(end, at(stays.get("Thomas Teacher").get(0), "data-left"), "both stayed until the end");
            assertTrue(end.isAfter(salomeLeft), "the others stayed after Salomé left");
            assertTrue(at(stays.get("Thomas Teacher").get(0), "data-joined")
                    .isBefore(at(stays.get("Salomé Étudiante").get(0), "data-joined")), "the teacher came first");

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
            assertEquals("Mathematics 101", lines.get("Salomé Étudiante").get("Room"));
            assertEquals("MATH101", lines.get("Salomé Étudiante").get("Course"));
            assertTrue(seconds(lines.get("Salomé Étudiante").get("Total time"))
                    < seconds(lines.get("Sam Student").get("Total time")), "Salomé's time is the shortest");
            byte[] xlsx = download(csvLink.replace("format=csv", "format=xlsx"), session);
            assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII), "an XLSX (zip) file");
            assertTrue(XlsxCells.read(xlsx).contains("Salomé Étudiante"));

            salome.open("my-attendance.xhtml");
            assertEquals(1, salome.texts(By.cssSelector("#my-attendance .attended")).size());
            salome.open("reports.xhtml");
            assertFalse(salome.present(By.id("report:meetings")), "students see no meetings report");
        }
    }

    /** On the course page, the course room's widget: the teacher presses Start, students Join. */
    private static void enter(Browser browser, String action) {
        browser.open("course.xhtml?code=MATH101");
        browser.click(buttonId(browser, roomId(browser, "Mathematics 101"), action));
        browser.waitFor(By.id("sandbox-conference"));
    }

    /** The stays of each participant, once the report is exact (BBB's analytics arrived). */
    private static Map<String, List<WebElement>> exactStays(Browser browser) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (!"true".equals(browser.waitFor(By.id("accuracy")).getAttribute("data-exact"))) {
            assertTrue(Instant.now().isBefore(until), "BBB's analytics callback arrived");
            Thread.sleep(500);
            browser.driver().navigate().refresh();
        }
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

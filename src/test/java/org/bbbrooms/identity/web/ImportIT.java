package org.bbbrooms.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The CSV import page in Chromium: a bad file is reported by line with nothing imported; a file of
 * {@code bbb.import.rows} users (300; the bench runs 5,000) uploaded with a double click starts one background
 * import, whose progress bar the page's poll moves to "N of N rows, 0 errors" and whose report says how it ended.
 * Prints how long the upload's request and the whole import took.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {

    private static final int ROWS = Integer.getInteger("bbb.import.rows", 300);

    @ArquillianResource
    URL base;

    @Test
    void anAdminUploadsAFileAndFollowsItsImportToItsReport() throws IOException {
        Person admin = Server.at(base).user("ADMIN", "Ida Importer");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser(base)) {
            browser.signIn(admin.username(), admin.password(), "admin/import.xhtml");

            upload(browser, csv("bad-" + tag, 2).replaceFirst(",STUDENT\n(.*)STUDENT\n", ",STUDENT\n$1WIZARD\n"));
            browser.click("import:submit");
            browser.waitForText(By.id("messages"), "its import has started");
            awaitEnd(browser, Duration.ofSeconds(30));
            assertEquals("Checked: 2 of 2 rows, 1 errors", browser.text(By.id("progress-form:progress-text")));
            assertTrue(browser.text(By.id("outcome")).startsWith("Nothing was imported"));
            String problems = browser.text(By.id("report-form:problems"));
            assertTrue(problems.contains("3") && problems.contains("Unknown role WIZARD"), problems);

            upload(browser, csv("imp-" + tag, ROWS));
            WebElement submit = browser.driver().findElement(By.id("import:submit"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("performance.clearResourceTimings()");
            long clicked = System.nanoTime();
            new Actions(browser.driver()).doubleClick(submit).perform();
            browser.waitForText(By.id("messages"), "its import has started");
            Object request = js.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(e => e.initiatorType === 'xmlhttprequest').map(e => Math.round(e.duration))[0]");
            assertFalse(browser.text(By.id("messages")).contains("Another import"), "the double click started one");
            awaitEnd(browser, Duration.ofMinutes(10));
            System.out.printf("ImportIT: %d rows, the upload's request took %s ms, imported in %d ms%n", ROWS,
                    request, (System.nanoTime() - clicked) / 1_000_000);
            String progress = String.format("Imported: %,d of %,d rows, 0 errors", ROWS, ROWS);
            assertEquals(progress, browser.text(By.id("progress-form:progress-text")));
            WebElement bar = browser.driver().findElement(By.id("progress-form:bar"));
            assertEquals("progressbar", bar.getDomAttribute("role"));
            assertEquals("100", bar.getDomAttribute("aria-valuenow"));
            assertEquals(progress, bar.getDomAttribute("aria-valuetext"), "what a screen reader reads");
            assertEquals("Latest import", browser.text(By.id(bar.getDomAttribute("aria-labelledby"))));
            assertEquals(String.format("%,d rows imported.", ROWS), browser.text(By.id("outcome")));
            assertFalse(browser.present(By.id("report-form:problems")), "a clean report");
            assertNull(browser.driver().findElement(By.id("import:submit")).getDomAttribute("disabled"),
                    "another file may be uploaded");

            browser.open("admin/users.xhtml");
            browser.type("users:text", "imp-" + tag + "-" + (ROWS - 1));
            browser.click("users:search");
            browser.waitForText(By.id("users:table"), "User " + (ROWS - 1));
        }
    }

    private static String csv(String prefix, int rows) {
        return "username,displayName,email,role\n" + IntStream.range(0, rows)
                .mapToObj(i -> prefix + "-" + i + ",User " + i + "," + prefix + i + "@example.org,STUDENT\n")
                .collect(Collectors.joining());
    }

    private static void upload(Browser browser, String csv) throws IOException {
        Path file = Files.writeString(Files.createTempFile("users", ".csv"), csv, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        browser.waitFor(By.id("import:file")).sendKeys(file.toString());
    }

    /** Waits, as the page's poll does, for the latest import to end. */
    private static void awaitEnd(Browser browser, Duration max) {
        Await.until(max, () -> browser.present(By.id("outcome")), "the import ends and the page says how");
    }
}

package org.bbbrooms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.bbbrooms.testing.Api;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Webhook subscriptions as their owners manage them from outside the server: a host portal through
 * {@code /api/v1/webhooks} (its own only, the secret once, bad input refused), and an admin on
 * {@code admin/webhooks.xhtml} in Chromium. The subscriptions point at the discard port, and are deleted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksPageIT {

    /** The discard port: a receiver nobody answers at, for subscriptions that must never receive. */
    private static final String NOWHERE = "http://127.0.0.1:9/hook";

    @ArquillianResource
    URL base;

    @Test
    void aClientSubscribesListsAndDeletesItsOwnSubscriptionsThroughTheApi() {
        Server server = Server.at(base);
        Api client = Api.at(base, server.apiToken("read").token());
        Api other = Api.at(base, server.apiToken("read").token());
        assertEquals(401, Api.anonymous(base).get("webhooks").status());
        assertEquals(403, Api.at(base, server.apiToken("reports").token()).get("webhooks").status(),
                "the read scope is needed");
        Api.Reply ftp = client.post("webhooks", "{\"url\": \"ftp://portal.example/\", \"events\": [\"meeting.ended\"]}");
        assertEquals(422, ftp.status(), ftp.toString());
        assertTrue(ftp.json().getString("detail").contains("https://"), ftp.body());
        assertEquals(400, client.post("webhooks", "{\"url\": \"" + NOWHERE + "\", \"events\": [\"meeting.exploded\"]}")
                .status(), "an unknown event type");
        assertEquals(400, client.post("webhooks", "{\"url\": ").status(), "bad JSON");
        Api.Reply noEvents = client.post("webhooks", "{\"url\": \"" + NOWHERE + "\"}");
        assertEquals(400, noEvents.status(), "no events");
        assertEquals("events", noEvents.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                noEvents.body());

        String body = "{\"url\": \"" + NOWHERE + "\", \"events\": [\"recording.ready\", \"meeting.ended\"]}";
        String key = UUID.randomUUID().toString();
        Api.Reply created = client.post("webhooks", body, "Idempotency-Key", key);
        assertEquals(201, created.status(), created.toString());
        String secret = created.json().getString("secret");
        assertTrue(secret.startsWith("whsec_") && secret.length() > 40, "a secret, shown once");
        long id = created.json().getJsonObject("subscription").getJsonNumber("id").longValue();
        Api.Reply replayed = client.post("webhooks", body, "Idempotency-Key", key);
        assertEquals(created.body(), replayed.body(), "a retry with the same key makes nothing new");
        assertEquals("true", replayed.header("Idempotent-Replayed").orElse(""));
        Api.Reply otherBody = client.post("webhooks", body.replace("recording.ready", "meeting.started"),
                "Idempotency-Key", key);
        assertEquals(422, otherBody.status(), "the same key for another request: " + otherBody);

        Api.Reply listed = client.get("webhooks");
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(1, listed.items().size(), "the client's own subscription only: " + listed.body());
        assertFalse(listed.body().contains(secret), "the secret is never shown again");
        Api.Reply one = client.get("webhooks/" + id);
        assertEquals("[\"meeting.ended\",\"recording.ready\"]", one.json().getJsonArray("events").toString());
        assertEquals(0, other.get("webhooks").items().size());
        assertEquals(404, other.get("webhooks/" + id).status(), "another client's subscription");
        assertEquals(404, other.delete("webhooks/" + id).status());

        assertEquals(204, client.delete("webhooks/" + id).status());
        assertEquals(404, client.get("webhooks/" + id).status());
        assertEquals(404, client.delete("webhooks/" + id).status());
    }

    @Test
    void anAdminCreatesASubscriptionSeesItsSecretOncePausesResumesAndDeletesIt() {
        Server.Person admin = Server.at(base).user("ADMIN", "Hook Admin");
        String description = "UI test " + UUID.randomUUID();
        try (Browser browser = new Browser(base)) {
            browser.signIn(admin.username(), admin.password());
            browser.menu("nav-admin", "nav-admin-webhooks");
            assertEquals("Webhooks", browser.title());
            browser.type("webhooks:url", "ftp://portal.example/hook");
            browser.click("webhooks:create");
            browser.waitForText(By.id("messages"), "starting with https:// or http://");

            browser.type("webhooks:url", NOWHERE);
            browser.type("webhooks:description", description);
            for (int other = 1; other < EventType.values().length; other++) {
                browser.driver().findElement(By.cssSelector("label[for='webhooks:types:" + other + "']")).click();
            }
            browser.click("webhooks:create");
            assertTrue(browser.text(By.id("secret")).startsWith("whsec_"), "the secret, shown once");
            String row = "//tr[contains(., '" + description + "')]";
            press(browser, row, ":pause");
            browser.waitForText(By.id("messages"), "are paused");
            assertFalse(browser.present(By.id("secret")), "and never again");
            browser.waitForText(By.xpath(row), "Paused");
            assertFalse(browser.text(By.xpath(row)).contains("Meeting ended"), "the events chosen only");
            press(browser, row, ":resume");
            browser.waitForText(By.id("messages"), "resumed");
            press(browser, row, ":log");
            browser.waitForText(By.id("log-heading"), NOWHERE);
            browser.waitForText(By.id("webhooks:deliveries"), "No deliveries yet.");

            press(browser, row, ":delete");
            press(browser, row, ":confirm-delete");
            browser.waitForText(By.id("messages"), "deleted");
            assertFalse(browser.present(By.xpath(row)), "the subscription is gone");
        }
    }

    /** Presses the button of the row, once the page's last update has settled (an update replaces the table). */
    private static void press(Browser browser, String row, String button) {
        Browser.waiting(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElement(By.xpath(row + "//button[contains(@id, '" + button + "')]")).click();
                    return true;
                });
    }
}

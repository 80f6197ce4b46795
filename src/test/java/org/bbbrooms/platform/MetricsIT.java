package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.testing.Api;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.TestCourse;
import org.bbbrooms.testing.SignedIn;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Prometheus scrapes from {@code /metrics} (Payara's MicroProfile Metrics, in its text format) moves with what
 * the portal does: a start and an end through the sandbox count as BBB calls by name and outcome and are timed, a
 * room's state read through the status cache counts as a look-up, the open meeting shows in the gauges, and a wrong
 * password counts as a failed sign-in. Other tests share the server, so figures are compared before and after.
 * ({@code DatabaseDeploymentIT} checks the token that guards {@code /metrics} with the portal at the root.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = System.getenv().getOrDefault("BBB_METRICS_TOKEN", "");
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @ArquillianResource
    URL base;

    @Test
    void bbbCallsStatusLookUpsMeetingsAndSignInsShowInTheScrape() throws Exception {
        Server server = Server.at(base);
        TestCourse course = server.course("Metrics");
        Scrape before = scrape();

        String room = server.startCourseRoom(course);
        Api.Reply state = Api.at(base, server.apiToken("read").token()).get("rooms/" + room);
        assertEquals(200, state.status(), state.toString());
        server.advance(Duration.ofSeconds(11));
        Scrape running = scrape();
        server.endCourseRoom(course);
        assertThrows(IllegalStateException.class, () -> SignedIn.as(base, course.student(1).username(), "wrong"));
        Scrape after = scrape();

        for (String call : new String[] {"create", "end"}) {
            assertTrue(after.moved(before, "bbb_rooms_bbb_calls_total", "call", call, "outcome", "success"), after.text);
        }
        assertTrue(after.moved(before, "bbb_rooms_bbb_call_duration_seconds_count", "call", "create"), after.text);
        assertTrue(after.value("bbb_rooms_bbb_call_duration_seconds_sum", "call", "create") > 0, after.text);
        assertTrue(after.moved(before, "bbb_rooms_bbb_call_duration_seconds_bucket", "call", "create", "le", "+Inf"),
                "latencies are a histogram: " + after.text);
        assertFalse(after.has("bbb_rooms_bbb_call_duration_seconds"), "no quantiles (Payara prints them in ns)");
        assertTrue(after.moved(before, "bbb_rooms_status_cache_lookups_total", "result", "hit")
                || after.moved(before, "bbb_rooms_status_cache_lookups_total", "result", "miss"), after.text);
        assertTrue(running.value("bbb_rooms_meetings_open") >= 1, running.text);
        assertTrue(after.moved(before, "bbb_rooms_logins_total", "outcome", "failed"), after.text);
        for (String gauge : new String[] {"bbb_rooms_meetings_running", "bbb_rooms_participants",
                "bbb_rooms_bbb_circuit_open", "bbb_rooms_login_lockouts_total"}) {
            assertTrue(after.has(gauge), gauge + " in " + after.text);
        }
    }

    /** The scrape as Prometheus reads it: the server's {@code /metrics}, in the text format. */
    private Scrape scrape() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("/metrics"))
                .header("Accept", "text/plain");
        if (!TOKEN.isEmpty()) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                response.headers().toString());
        return new Scrape(response.body());
    }

    /** The samples of one scrape, by name and labels (Payara adds {@code mp_scope}, ignored here). */
    private record Scrape(String text) {

        double value(String name, String... labels) {
            Map<String, String> wanted = new HashMap<>();
            for (int i = 0; i < labels.length; i += 2) {
                wanted.put(labels[i], labels[i + 1]);
            }
            return Arrays.stream(text.split("\n")).map(SAMPLE::matcher).filter(Matcher::matches)
                    .filter(m -> m.group(1).equals(name)
                            && labels(m.group(2)).entrySet().containsAll(wanted.entrySet()))
                    .mapToDouble(m -> Double.parseDouble(m.group(3))).sum();
        }

        boolean has(String name) {
            return Arrays.stream(text.split("\n"))
                    .anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
        }

        boolean moved(Scrape before, String name, String... labels) {
            return value(name, labels) > before.value(name, labels);
        }

        private static Map<String, String> labels(String labels) {
            Map<String, String> map = new HashMap<>();
            if (labels != null) {
                Matcher label = LABEL.matcher(labels);
                while (label.find()) {
                    map.put(label.group(1), label.group(2));
                }
            }
            return map;
        }
    }
}

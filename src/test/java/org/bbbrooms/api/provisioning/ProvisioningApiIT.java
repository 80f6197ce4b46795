package org.bbbrooms.api.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bbbrooms.testing.Api;
import org.bbbrooms.testing.Server;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provisioning API as a host portal uses it over HTTP: every endpoint refuses a missing token and a token
 * without its scope; upserts by external id answer created, then unchanged for a repeat, then updated; DELETEs
 * deactivate; bad JSON, bad values, unknown ids and clashes with local accounts are problem details that say what
 * to fix; a bulk request writes everything or, with one bad row, nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningApiIT {

    /**
     * Users, and as many enrollments, in the suite's bulk request: 500 keeps the suite fast;
     * {@code -Dbbb.bulk.rows=10000} measures the README's figure on the suite's server (bench/BulkProvisioning.java
     * does it on a running portal).
     */
    private static final int BULK_ROWS = Integer.getInteger("bbb.bulk.rows", 500);

    @ArquillianResource
    URL base;

    private Server server;
    private Api api;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void client() {
        server = Server.at(base);
        api = Api.at(base, server.apiToken("read,provision").token());
    }

    private static String user(String username, String name) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\",\"email\":\"" + username + "@example.org\",\"role\":\"student\"}";
    }

    private static void assertProblem(int status, Api.Reply reply, String detailPart) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/problem+json"), reply.toString());
        assertTrue(reply.json().getString("detail").contains(detailPart), reply.toString());
    }

    private static void assertOutcome(int status, String outcome, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals(outcome, reply.header("Provisioning-Outcome").orElseThrow(), reply.toString());
    }

    @Test
    void everyEndpointRefusesAMissingTokenAndATokenWithoutItsScope() {
        Api anonymous = Api.anonymous(base);
        Api reader = Api.at(base, server.apiToken("read").token());
        Api provisioner = Api.at(base, server.apiToken("provision").token());
        String c = "courses/c-" + tag;
        List<String> writes = List.of("PUT users/u-" + tag, "DELETE users/u-" + tag, "PUT " + c, "DELETE " + c,
                "PUT " + c + "/groups/g", "DELETE " + c + "/groups/g", "PUT " + c + "/groups/g/members/u",
                "DELETE " + c + "/groups/g/members/u", "PUT " + c + "/enrollments/u", "DELETE " + c + "/enrollments/u",
                "POST bulk");
        List<String> reads = List.of("GET users", "GET users/u-" + tag, "GET courses", "GET " + c,
                "GET " + c + "/enrollments", "GET " + c + "/enrollments/u");
        for (String call : writes) {
            assertEquals(401, send(anonymous, call).status(), call);
            assertProblem(403, send(reader, call), "provision");
        }
        for (String call : reads) {
            assertEquals(401, send(anonymous, call).status(), call);
            assertProblem(403, send(provisioner, call), "read");
        }
    }

    private static Api.Reply send(Api api, String call) {
        String[] parts = call.split(" ");
        return switch (parts[0]) {
            case "GET" -> api.get(parts[1]);
            case "DELETE" -> api.delete(parts[1]);
            case "PUT" -> api.put(parts[1], "{}");
            default -> api.post(parts[1], "{}");
        };
    }

    @Test
    void aUserIsCreatedThenLeftUnchangedByARepeatThenUpdatedAndDeactivated() {
        String path = "users/u-" + tag;
        Api.Reply created = api.put(path, user("ann" + tag, "Ann"));
        assertOutcome(201, "created", created);
        assertTrue(created.header("Location").orElseThrow().endsWith(path));
        assertEquals("ann" + tag, created.json().getString("username"));
        assertFalse(created.json().getBoolean("hasPassword"));

        assertOutcome(200, "unchanged", api.put(path, user("ann" + tag, "Ann")));
        Api.Reply renamed = api.put(path, user("ann" + tag, "Ann Martin"));
        assertOutcome(200, "updated", renamed);
        assertEquals("Ann Martin", api.get(path).json().getString("displayName"));

        assertOutcome(204, "updated", api.delete(path));
        assertOutcome(204, "unchanged", api.delete(path));
        assertFalse(api.get(path).json().getBoolean("active"), "a deactivated user keeps their account");
        assertOutcome(200, "updated", api.put(path, user("ann" + tag, "Ann Martin")));
    }

    @Test
    void badJsonBadValuesAndLocalAccountsAreRefusedWithWhatToFix() {
        assertProblem(400, api.put("users/u-" + tag, "{\"username\": "), "not valid JSON");
        assertProblem(400, api.put("users/u-" + tag, "null"), "JSON body");
        assertEquals(400, api.put("users/u-" + tag, "").status());
        Api.Reply invalid = api.put("users/u-" + tag,
                "{\"username\":\"x\",\"displayName\":\"X\",\"email\":\"nope\",\"role\":\"wizard\"}");
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals(List.of("role", "email", "username"), invalid.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
        assertProblem(400, api.put("users/has%20space", user("sp" + tag, "Space")), "external id");
        assertEquals(400, api.put("users/u-" + tag, user("ann" + tag, "Ann") .replace("}", ",\"password\":\"short\"}"))
                .status());

        Server.Person local = server.user("STUDENT", "Local Lucy");
        Api.Reply taken = api.put("users/other-" + tag, user(local.username(), "Intruder"));
        assertProblem(409, taken, local.username());
        assertEquals("username", taken.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownIdsAreNotFoundAndSayWhatIsMissing() {
        assertProblem(404, api.get("users/nobody-" + tag), "nobody-" + tag);
        assertProblem(404, api.delete("users/nobody-" + tag), "nobody-" + tag);
        assertProblem(404, api.get("courses/none-" + tag), "none-" + tag);
        assertProblem(404, api.delete("courses/none-" + tag), "none-" + tag);
        assertProblem(404, api.get("courses/none-" + tag + "/enrollments"), "none-" + tag);
        assertProblem(404, api.put("courses/none-" + tag + "/groups/g", "{\"name\":\"G\"}"), "none-" + tag);
        assertProblem(404, api.put("courses/none-" + tag + "/enrollments/u", "{\"role\":\"student\"}"), "none-" + tag);
        assertProblem(404, api.delete("courses/none-" + tag + "/groups/g/members/u"), "g");
        assertProblem(400, api.get("users?cursor=%25%25"), "cursor");
    }

    @Test
    void coursesGroupsMembersAndEnrollmentsAreUpsertedAndListed() {
        String c = "courses/c-" + tag;
        assertOutcome(201, "created", api.put(c, "{\"code\":\"P" + tag + "\",\"title\":\"Physics\"}"));
        assertOutcome(200, "unchanged", api.put(c, "{\"code\":\"P" + tag + "\",\"title\":\"Physics\"}"));
        assertEquals("P" + tag.toUpperCase(), api.get(c).json().getString("code"));
        for (String u : List.of("a", "b")) {
            api.put("users/" + u + "-" + tag, user(u + tag, u.toUpperCase()));
        }
        assertOutcome(201, "created", api.put(c + "/enrollments/a-" + tag, "{\"role\":\"teacher\"}"));
        assertOutcome(200, "unchanged", api.put(c + "/enrollments/a-" + tag, "{\"role\":\"TEACHER\"}"));
        assertOutcome(201, "created", api.put(c + "/enrollments/b-" + tag, "{\"role\":\"student\"}"));
        assertProblem(400, api.put(c + "/enrollments/b-" + tag, "{\"role\":\"dean\"}"), "dean");
        assertEquals("teacher", api.get(c + "/enrollments/a-" + tag).json().getString("role"));

        Api.Reply first = api.get(c + "/enrollments?limit=1");
        assertEquals(List.of("a-" + tag), users(first));
        String next = first.json().getString("next");
        assertEquals(List.of("b-" + tag), users(api.get(c + "/enrollments?limit=1&cursor=" + next)));

        assertOutcome(201, "created", api.put(c + "/groups/g-" + tag, "{\"name\":\"Lab\"}"));
        assertOutcome(200, "unchanged", api.put(c + "/groups/g-" + tag, "{\"name\":\"Lab\"}"));
        assertProblem(409, api.put(c + "/groups/g2-" + tag, "{\"name\":\"lab\"}"), "group named lab");
        assertOutcome(201, "created", api.put(c + "/groups/g-" + tag + "/members/b-" + tag, ""));
        assertOutcome(200, "unchanged", api.put(c + "/groups/g-" + tag + "/members/b-" + tag, ""));
        assertOutcome(204, "updated", api.delete(c + "/groups/g-" + tag + "/members/b-" + tag));
        assertOutcome(204, "updated", api.delete(c + "/enrollments/b-" + tag));
        assertProblem(409, api.put(c + "/groups/g-" + tag + "/members/b-" + tag, ""), "enroll them first");
        assertOutcome(204, "updated", api.delete(c + "/groups/g-" + tag));
        assertOutcome(204, "updated", api.delete(c));
        assertFalse(api.get(c).json().getBoolean("active"));
        assertTrue(api.get("courses?limit=1000").items().size() >= 1);
    }

    private static List<String> users(Api.Reply page) {
        return page.items().stream().map(v -> v.asJsonObject().getString("user")).toList();
    }

    @Test
    void aBulkRequestWritesEverythingOnceAndARepeatChangesNothing() {
        String body = bulk(BULK_ROWS, "");
        Api.Reply done = timed("created", () -> api.post("bulk", body));
        assertEquals(200, done.status(), done.toString());
        assertEquals(BULK_ROWS, done.json().getJsonObject("users").getInt("created"));
        assertEquals(BULK_ROWS, done.json().getJsonObject("enrollments").getInt("created"));
        Api.Reply again = timed("unchanged", () -> api.post("bulk", body));
        assertEquals(BULK_ROWS, again.json().getJsonObject("users").getInt("unchanged"), again.toString());
        assertEquals(BULK_ROWS, again.json().getJsonObject("enrollments").getInt("unchanged"));
        Api.Reply last = api.get("courses/bc-" + tag + "/enrollments/bu-" + tag + (BULK_ROWS - 1));
        assertEquals("student", last.json().getString("role"), last.toString());
    }

    /** Runs a bulk request and prints its time: a figure for the README, not an assertion. */
    private static Api.Reply timed(String what, java.util.function.Supplier<Api.Reply> request) {
        long start = System.nanoTime();
        Api.Reply reply = request.get();
        System.out.printf("Bulk of %d users and %d enrollments, all %s: %d ms%n", BULK_ROWS, BULK_ROWS, what,
                (System.nanoTime() - start) / 1_000_000);
        return reply;
    }

    @Test
    void aBulkRequestWithOneBadRowWritesNothingAndNamesTheRow() {
        String body = bulk(3, "").replace("\"b" + tag + "1@example.org\"", "\"not-an-email\"")
                .replace("{\"course\":\"bc-" + tag + "\",\"user\":\"bu-" + tag + "2\"",
                        "{\"course\":\"nope\",\"user\":\"bu-" + tag + "2\"");
        Api.Reply refused = api.post("bulk", body, "Idempotency-Key", "k-" + tag);
        assertProblem(422, refused, "nothing was written");
        assertEquals(List.of("users[1].email", "enrollments[2].course"), refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
        assertEquals(404, api.get("users/bu-" + tag + "0").status(), "the good rows were not written either");
        assertEquals(404, api.get("courses/bc-" + tag).status());

        Api.Reply good = api.post("bulk", bulk(3, "x"), "Idempotency-Key", "g-" + tag);
        assertEquals(200, good.status(), good.toString());
        assertEquals(good.body(), api.post("bulk", bulk(3, "x"), "Idempotency-Key", "g-" + tag).body());
    }

    @Test
    void theOpenApiDocumentDescribesEveryProvisioningEndpoint() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI()
                .resolve("/openapi")).header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        for (String path : List.of("/users\"", "/users/{externalId}\"", "/courses\"", "/courses/{course}\"",
                "/courses/{course}/groups/{group}\"", "/courses/{course}/groups/{group}/members/{user}\"",
                "/courses/{course}/enrollments\"", "/courses/{course}/enrollments/{user}\"", "/bulk\"")) {
            assertTrue(document.body().contains(path), path + " is not in /openapi");
        }
        assertTrue(document.body().contains("ProvisioningBatch"), "the bulk body has a schema");
    }

    /** Users {@code bu-<tag><suffix>0..n-1}, a course {@code bc-<tag><suffix>} and an enrollment of each user. */
    private String bulk(int n, String suffix) {
        String t = tag + suffix;
        String users = IntStream.range(0, n).mapToObj(i -> "{\"externalId\":\"bu-" + t + i + "\",\"username\":\"b"
                + t + i + "\",\"displayName\":\"User " + i + "\",\"email\":\"b" + t + i
                + "@example.org\",\"role\":\"student\"}")
                .collect(Collectors.joining(","));
        String enrollments = IntStream.range(0, n).mapToObj(i -> "{\"course\":\"bc-" + t + "\",\"user\":\"bu-" + t + i
                + "\",\"role\":\"student\"}").collect(Collectors.joining(","));
        return "{\"courses\":[{\"externalId\":\"bc-" + t + "\",\"code\":\"B" + t.replace("-", "")
                + "\",\"title\":\"Bulk\"}],"
                + "\"users\":[" + users + "],\"enrollments\":[" + enrollments + "]}";
    }
}

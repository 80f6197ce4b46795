package org.bbbrooms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.sandbox.SandboxControl;
import org.bbbrooms.testing.Api;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read side of the host API as a host portal calls it over HTTP, on courses of the tests' own: rooms and their
 * live state (polling costs BBB no extra getMeetingInfo), meetings, attendance (JSON, CSV, XLSX) and recordings in
 * cursor pages, wrong tokens, scopes, ids, cursors and parameters; then the OpenAPI document, which must validate
 * and describe every resource method of {@link ApiV1Application}, and its Swagger UI page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiReadsIT {

    private static final long TTL_SECONDS =
            Long.parseLong(System.getenv().getOrDefault("BBB_STATUS_CACHE_SECONDS", "5"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    private Server server;
    private TestCourse course;

    @BeforeEach
    void aCourseOfItsOwn() {
        server = Server.at(base);
        course = server.course("API reads");
    }

    @Test
    void courseRoomsShowTheWidgetsStateFromTheirCacheSoPollingCostsBbbNothingMore() throws Exception {
        Api api = Api.at(base, server.apiToken("read").token());
        Api.Reply rooms = api.get("courses/" + course.id() + "/rooms");
        assertEquals(200, rooms.status(), rooms.toString());
        assertEquals(List.of(course.title(), course.groupRoom("Group A"), course.groupRoom("Group B")),
                strings(rooms.items(), "name"));
        assertEquals(List.of("COURSE", "GROUP", "GROUP"), strings(rooms.items(), "type"));
        assertEquals(List.of("NOT_STARTED", "NOT_STARTED", "NOT_STARTED"), strings(rooms.items(), "state"));
        assertFalse(rooms.json().containsKey("next"), "one page");

        String room = server.startCourseRoom(course);
        try {
            long before = sandbox("calls", "getMeetingInfo");
            Instant started = server.advance(Duration.ofSeconds(TTL_SECONDS + 1));
            for (int i = 0; i < 10; i++) {
                JsonObject first = api.get("courses/" + course.id() + "/rooms").items().getJsonObject(0);
                assertEquals(room, first.getString("publicId"));
                assertEquals("RUNNING", first.getString("state"), first.toString());
                assertEquals(0, first.getInt("participants"));
                Instant.parse(first.getString("since"));
                assertEquals("RUNNING", api.get("rooms/" + room).json().getString("state"));
            }
            long calls = sandbox("calls", "getMeetingInfo") - before;
            long open = sandbox("meetings", null);
            long millis = Duration.between(started, server.now()).toMillis();
            long bound = open * (millis / (TTL_SECONDS * 1000) + 1);
            System.out.printf("[api] 20 room reads over %d ms of the application's clock, cache %d s, %d meetings"
                    + " open: %d getMeetingInfo (bound %d)%n", millis, TTL_SECONDS, open, calls, bound);
            assertTrue(calls >= 1, "past the cache period BBB is asked again");
            assertTrue(calls <= bound, calls + " getMeetingInfo for 20 reads: at most one per open meeting and period");
        } finally {
            server.endCourseRoom(course);
        }
        assertEquals("NOT_STARTED", api.get("rooms/" + room).json().getString("state"));

        problem(api.get("rooms/no-such-room"), 404, "room does not exist");
        problem(api.get("courses/999999999999/rooms"), 404, "course does not exist");
        problem(api.get("courses/MATH101/rooms"), 404, "course does not exist");
        problem(Api.at(base, server.apiToken("reports").token()).get("rooms/" + room), 403, "read");
        problem(Api.anonymous(base).get("courses/" + course.id() + "/rooms"), 401, "Authorization: Bearer");
    }

    @Test
    void aCoursesMeetingsComeNewestFirstInCursorPagesAndEachWithItsParticipants() {
        List<Long> meetings = server.history(course, 7);
        Api api = Api.at(base, server.apiToken("reports").token());
        List<JsonObject> all = pages(api, "courses/" + course.id() + "/meetings", 3, 3);
        assertEquals(meetings, all.stream().map(m -> m.getJsonNumber("id").longValue()).toList(),
                "every meeting once, newest first, meetings of the same instant by id");
        JsonObject newest = all.get(0);
        assertEquals(course.code(), newest.getString("courseCode"));
        assertEquals("COURSE", newest.getString("roomType"));
        assertEquals(45 * 60, newest.getInt("durationSeconds"));
        assertEquals(2, newest.getInt("participants"));
        assertTrue(newest.getBoolean("recorded"));
        Instant started = Instant.parse(newest.getString("started"));
        assertEquals(started.plus(Duration.ofMinutes(45)), Instant.parse(newest.getString("ended")));

        server.externalId(course, "host-" + course.code());
        assertEquals(meetings.subList(0, 3), ids(api.get("courses/ext:host-" + course.code() + "/meetings?limit=3")),
                "a course by the host portal's id");
        problem(api.get("courses/ext:no-such-course/meetings"), 404, "course does not exist");

        Api.Reply older = api.get("courses/" + course.id() + "/meetings?until=" + started);
        assertEquals(meetings.subList(2, 7), ids(older), "until leaves out the two meetings that started then");
        assertEquals(meetings.subList(0, 2), ids(api.get("courses/" + course.id() + "/meetings?from=" + started)));

        Api.Reply meeting = api.get("meetings/" + meetings.get(0));
        assertEquals(200, meeting.status(), meeting.toString());
        assertEquals(meetings.get(0), meeting.json().getJsonObject("meeting").getJsonNumber("id").longValue());
        List<JsonObject> people = meeting.json().getJsonArray("participants").getValuesAs(JsonObject.class);
        assertEquals(List.of(course.teacher().name(), course.student(1).name()), strings(people, "name"));
        assertTrue(people.get(0).getBoolean("moderator"));
        assertEquals(40 * 60, people.get(0).getInt("totalSeconds"));
        assertEquals(course.student(1).id(), people.get(1).getJsonNumber("userId").longValue());
        assertEquals(2, people.get(1).getJsonArray("stays").size(), "a re-join is a second stay");
        assertEquals(30 * 60, people.get(1).getInt("totalSeconds"));

        problem(api.get("courses/" + course.id() + "/meetings?cursor=not-a-cursor"), 400, "cursor");
        problem(api.get("courses/" + course.id() + "/meetings?limit=0"), 400, "limit");
        problem(api.get("courses/" + course.id() + "/meetings?limit=ten"), 400, "limit");
        problem(api.get("courses/" + course.id() + "/meetings?from=yesterday"), 400, "from must be");
        problem(api.get("courses/999999999999/meetings"), 404, "course does not exist");
        problem(api.get("meetings/999999999999"), 404, "meeting does not exist");
        problem(api.get("meetings/latest"), 404, "meeting does not exist");
        problem(Api.at(base, server.apiToken("read").token()).get("meetings/" + meetings.get(0)), 403, "reports");
    }

    @Test
    void attendanceIsJsonPagesOrTheCsvAndXlsxOfTheReportPagesByAcceptOrFormat() throws Exception {
        List<Long> meetings = server.history(course, 3);
        Api api = Api.at(base, server.apiToken("reports").token());
        String path = "courses/" + course.id() + "/attendance";
        server.guestStay(meetings.get(0), "Visiting Speaker", 45);
        List<JsonObject> all = pages(api, path, 2, 2);
        assertEquals(meetings, all.stream().map(m -> m.getJsonObject("meeting").getJsonNumber("id").longValue())
                .toList());
        assertEquals(2, all.get(2).getJsonArray("participants").size());
        List<JsonObject> people = all.get(0).getJsonArray("participants").getValuesAs(JsonObject.class);
        assertEquals(List.of(course.teacher().name(), "Visiting Speaker", course.student(1).name()),
                strings(people, "name"), "the guest came with the teacher, at the start");
        assertEquals(List.of(false, true, false), people.stream().map(p -> p.getBoolean("guest")).toList());
        assertEquals(List.of("ATTENDED", "ATTENDED", "PARTIAL"), strings(people, "verdict"),
                "the default rule, 75% of 45 minutes: 45 and 40 minutes attended, 30 partly");
        List<JsonObject> absent = all.get(0).getJsonArray("absentees").getValuesAs(JsonObject.class);
        assertEquals(List.of("ABSENT", "ABSENT", "ABSENT"), strings(absent, "verdict"),
                "the three students who never came, as in the CSV");
        assertEquals(course.student(2).id(), absent.stream().filter(a -> a.getString("name")
                .equals(course.student(2).name())).findFirst().orElseThrow().getJsonNumber("userId").longValue());
        assertEquals(all.get(0).getJsonArray("absentees"), api.get("meetings/" + meetings.get(0)).json()
                .getJsonArray("absentees"), "a meeting alone lists the same absentees");

        HttpResponse<byte[]> csv = raw(path, "Accept", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFCourse,Room,"), lines.get(0));
        assertEquals(1 + 3 * 2 + 1 + 3 * 3, lines.size(), "a header, then one line per participant of each meeting (and"
                + " the guest) and one per absentee (the three students who never came)");
        assertEquals(3 * 3, lines.stream().filter(line -> line.contains(",Absent")).count(), "absentees' verdict");
        assertTrue(lines.get(1).startsWith(course.code() + ","), lines.get(1));

        HttpResponse<byte[]> french = raw(path + "?format=csv", "Accept-Language", "fr");
        assertTrue(new String(french.body(), StandardCharsets.UTF_8).startsWith("\uFEFFCours;Salle;"));

        HttpResponse<byte[]> xlsx = raw(path + "?format=xlsx", "Accept", "application/json");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElseThrow()
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "format wins");
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "a zip, as XLSX files are");

        problem(api.get(path + "?format=pdf"), 400, "format must be");
        problem(Api.at(base, server.apiToken("read").token()).get(path), 403, "reports");
    }

    @Test
    void aCoursesRecordingsComeNewestFirstInCursorPages() {
        List<Long> meetings = server.history(course, 5);
        Api api = Api.at(base, server.apiToken("read").token());
        List<JsonObject> all = pages(api, "courses/" + course.id() + "/recordings", 2, 3);
        assertEquals(meetings, all.stream().map(r -> r.getJsonNumber("meetingId").longValue()).toList());
        JsonObject newest = all.get(0);
        assertEquals("PUBLISHED", newest.getString("status"));
        assertEquals(45 * 60, newest.getInt("durationSeconds"));
        assertTrue(newest.getJsonArray("playback").getJsonObject(0).getString("url").startsWith("https://"));
        assertTrue(all.get(4).getBoolean("hidden"), "hidden from students, still listed for the host portal");
        problem(api.get("courses/999999999999/recordings"), 404, "course does not exist");
        problem(Api.at(base, server.apiToken("provision").token()).get("courses/" + course.id() + "/recordings"),
                403, "read");
    }

    /**
     * The document validates (Payara adds a top-level {@code endpoints} list of its own, the only message allowed),
     * and each resource method of the application is in it with a summary and its answers: adding an endpoint
     * without documenting it fails here.
     */
    @Test
    void theOpenApiDocumentValidatesAndDescribesEveryEndpointWithItsSchemas() throws Exception {
        String json = text(URI.create(base.toString()).resolve("/openapi"), "Accept", "application/json");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json);
        assertEquals(List.of("attribute endpoints is unexpected"), parsed.getMessages());
        JsonObject document = Json.createReader(new StringReader(json)).readObject();
        assertTrue(document.getString("openapi").startsWith("3."));
        JsonObject paths = document.getJsonObject("paths");
        Set<String> operationIds = new HashSet<>();
        for (Class<?> resource : new ApiV1Application().getClasses()) {
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String path = "/api/v1/" + resource.getAnnotation(Path.class).value() + (method.isAnnotationPresent(
                        Path.class) ? "/" + method.getAnnotation(Path.class).value() : "");
                JsonObject operation = paths.getJsonObject(path.replaceAll("/+", "/").replaceAll("/$", ""))
                        .getJsonObject(verb.toLowerCase(Locale.ROOT));
                assertNotNull(operation, verb + " " + path + " (" + resource.getSimpleName() + ") is undocumented");
                assertFalse(operation.getString("summary", "").isBlank(), path + " has no summary");
                assertTrue(operationIds.add(operation.getString("operationId")), "operationIds are unique");
                assertTrue(operation.getJsonObject("responses").containsKey("401"), path);
            }
        }
        Matcher refs = Pattern.compile("\"#/components/schemas/([^\"]+)\"").matcher(json);
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        while (refs.find()) {
            assertTrue(schemas.containsKey(refs.group(1)), "schema " + refs.group(1) + " is referenced, not defined");
        }
        assertTrue(schemas.keySet().containsAll(Set.of("Room", "Meeting", "Recording", "Problem")), json);
        for (String schema : schemas.keySet()) {
            assertTrue(json.contains("\"#/components/schemas/" + schema + "\""),
                    schema + " is used by no operation: only the API's bodies, none of what else the server holds");
        }

        String page = text(URI.create(base + "api-docs.xhtml"));
        assertTrue(page.contains("data-openapi=\"/openapi\""), page);
        Matcher scripts = Pattern.compile("<script([^>]*)>([^<]*)</script>").matcher(page);
        List<String> sources = new ArrayList<>();
        while (scripts.find()) {
            assertTrue(scripts.group(2).isBlank(), "no inline script, as a Content-Security-Policy will forbid them");
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
            assertTrue(src.find());
            sources.add(src.group(1));
        }
        assertEquals(2, sources.size(), sources.toString());
        for (String source : sources) {
            HttpRequest head = HttpRequest.newBuilder(URI.create(base.toString()).resolve(source))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<Void> script = HTTP.send(head, HttpResponse.BodyHandlers.discarding());
            assertEquals(200, script.statusCode(), source + " is served without a session");
        }
    }

    /** Every item of a list, page after page of {@code limit}, checking how many pages it took. */
    private static List<JsonObject> pages(Api api, String path, int limit, int expectedPages) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = api.get(path + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.status(), page.toString());
            pages++;
            all.addAll(page.items().getValuesAs(JsonObject.class));
            cursor = page.json().containsKey("next") && page.json().get("next") != JsonValue.NULL
                    ? page.json().getString("next") : null;
        } while (cursor != null && pages < 20);
        assertEquals(expectedPages, pages, "pages of " + limit);
        return all;
    }

    private static List<Long> ids(Api.Reply page) {
        assertEquals(200, page.status(), page.toString());
        return page.items().getValuesAs(JsonObject.class).stream().map(m -> m.getJsonNumber("id").longValue())
                .toList();
    }

    private static List<String> strings(List<? extends JsonValue> items, String field) {
        return items.stream().map(item -> item.asJsonObject().getString(field)).toList();
    }

    private static void problem(Api.Reply reply, int status, String detail) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith(Problem.MEDIA_TYPE), reply.toString());
        assertTrue(reply.json().getString("detail").contains(detail), reply.toString());
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(a -> a != null).map(HttpMethod::value).findFirst().orElse(null);
    }

    /** One figure of the sandbox's counters: {@code calls.<name>}, or a top-level one. */
    private long sandbox(String field, String call) throws Exception {
        JsonObject stats = Json.createReader(new StringReader(text(URI.create(base + "sandbox/stats"),
                SandboxControl.HEADER, System.getenv("BBB_SANDBOX_CONTROL_TOKEN")))).readObject();
        return call == null ? stats.getJsonNumber(field).longValue()
                : stats.getJsonObject(field).getJsonNumber(call) == null ? 0
                : stats.getJsonObject(field).getJsonNumber(call).longValue();
    }

    private HttpResponse<byte[]> raw(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Authorization", "Bearer " + server.apiToken("reports").token())
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(URI uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri + ": " + response.body());
        return response.body();
    }
}

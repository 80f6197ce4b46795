package org.bbbrooms.testing;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The suite's server as browser tests prepare it (through org.bbbrooms.testing.server, in the test deployment
 * only): data of the test's own, and the application's clock, which only moves forward.
 * <p>Use: {@code TestCourse math = Server.at(base).course("Mathematics");} then sign in as
 * {@code math.teacher()}; {@code server.advance(Duration.ofSeconds(6))} instead of waiting for a cache period.
 */
public final class Server {

    /** HTTP/1.1: a pooled HTTP/2 connection that the server closed while a browser test ran failed the next call. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    private Server(URL base) {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    public static Server at(URL base) {
        return new Server(base);
    }

    /** A user; the password is the username. */
    public record Person(long id, String username, String name) {

        public String password() {
            return username;
        }

        static Person of(JsonObject json) {
            return new Person(json.getJsonNumber("id").longValue(), json.getString("username"), json.getString("name"));
        }
    }

    /**
     * A course like the demo's MATH101: its teacher, a teacher of another course, four students, "Group A" (the
     * first two students), "Group B" (the third); the fourth is in no group.
     */
    public record TestCourse(long id, String code, String title, Person teacher, Person otherTeacher,
            List<Person> students) {

        public Person student(int number) {
            return students.get(number - 1);
        }

        /** The course page, relative to the portal's root. */
        public String page() {
            return "course.xhtml?code=" + code;
        }

        /** The name of a group's room, as widgets show it. */
        public String groupRoom(String group) {
            return group + " · " + title;
        }
    }

    /** A new course whose title starts with the given words (a unique suffix follows). */
    public TestCourse course(String title) {
        return created("course?title=" + enc(title));
    }

    /** A new course taught by an existing teacher. */
    public TestCourse course(String title, Person teacher) {
        return created("course?title=" + enc(title) + "&teacher=" + enc(teacher.username()));
    }

    private TestCourse created(String query) {
        JsonObject json = post(query);
        return new TestCourse(json.getJsonNumber("id").longValue(), json.getString("code"), json.getString("title"),
                Person.of(json.getJsonObject("teacher")), Person.of(json.getJsonObject("otherTeacher")),
                json.getJsonArray("students").stream().map(v -> Person.of(v.asJsonObject())).toList());
    }

    /** A new user of a platform role (ADMIN, TEACHER, STUDENT), whose name starts with the given words. */
    public Person user(String role, String name) {
        return Person.of(post("user?role=" + role + "&name=" + enc(name)));
    }

    /**
     * Puts the platform settings back to their defaults, but for the given ones (keys as in the README, e.g.
     * {@code "BBB_MAX_PARTICIPANTS", "30"}).
     */
    public void resetSettings(String... keysAndValues) {
        StringBuilder query = new StringBuilder("settings?");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            query.append(enc(keysAndValues[i])).append('=').append(enc(keysAndValues[i + 1])).append('&');
        }
        post(query.toString());
    }

    /** A single-use join link of a user to a course's room, as the API hands them out. */
    public URI joinLink(Person user, TestCourse course) {
        return URI.create(post("join-link?username=" + enc(user.username()) + "&course=" + course.id())
                .getString("url"));
    }

    /** An API client's id and bearer token, as the test support created it. */
    public record ApiToken(long id, String name, String token) {
    }

    /** A new API client with these scopes ({@code "read,provision"}) and the default rate, without expiry. */
    public ApiToken apiToken(String scopes) {
        return issued("scopes=" + enc(scopes));
    }

    /** A new API client; the query may add {@code rateLimit=n} and {@code expiresIn=PT1M} to {@code scopes=…}. */
    public ApiToken apiToken(String scopes, String options) {
        return issued("scopes=" + enc(scopes) + "&" + options);
    }

    private ApiToken issued(String query) {
        JsonObject json = post("api-client?" + query);
        return new ApiToken(json.getJsonNumber("id").longValue(), json.getString("name"), json.getString("token"));
    }

    public void revoke(ApiToken token) {
        post("api-client/revoke?id=" + token.id());
    }

    /** Past meetings of a course's room, their attendance and recordings: their ids, newest first. */
    public List<Long> history(TestCourse course, int meetings) {
        return post("history?course=" + course.id() + "&meetings=" + meetings).getJsonArray("meetings").stream()
                .map(id -> ((JsonNumber) id).longValue()).toList();
    }

    /** The course's audit entries of that action: their details, oldest first, and their whole text. */
    public JsonObject audit(TestCourse course, String action) {
        return post("audit?course=" + enc(course.code()) + "&action=" + action);
    }

    /** A guest of the room's guest link in a past meeting, from its start, for that many minutes. */
    public void guestStay(long meetingId, String name, int minutes) {
        post("guest-stay?meeting=" + meetingId + "&name=" + enc(name) + "&minutes=" + minutes);
    }

    /** Gives the course the id that a host portal knows it by (its {@code externalId}). */
    public void externalId(TestCourse course, String externalId) {
        post("course-external-id?course=" + course.id() + "&id=" + enc(externalId));
    }

    /** Starts the course room's meeting as its teacher (BBB being the sandbox): the room's public id. */
    public String startCourseRoom(TestCourse course) {
        return post("course-room?action=start&course=" + course.id()).getString("room");
    }

    /** Ends the course room's meeting for everybody, as its teacher. */
    public void endCourseRoom(TestCourse course) {
        post("course-room?action=end&course=" + course.id());
    }

    /** Registers an LTI platform as an admin would by hand, active at once: its id. */
    public long ltiPlatform(String name, String issuer, String clientId, String deployment, String auth, String token,
            String jwks) {
        return post("lti-platform?name=" + enc(name) + "&issuer=" + enc(issuer) + "&clientId=" + enc(clientId)
                + "&deployment=" + enc(deployment) + "&auth=" + enc(auth) + "&token=" + enc(token) + "&jwks="
                + enc(jwks)).getJsonNumber("id").longValue();
    }

    public void disableLtiPlatform(long id) {
        post("lti-platform/disable?id=" + id);
    }

    /** Makes the sign-in backoff turn the client address away for the given time ({@code Duration.ZERO} lifts it). */
    public void throttleAddress(String address, Duration blockedFor) {
        post("address-throttle?address=" + enc(address) + "&blockedFor=" + blockedFor);
    }

    /** Moves the application's clock forward; the sandbox acts on the new time at once. */
    public Instant advance(Duration by) {
        return Instant.parse(post("clock?advance=" + by).getString("now"));
    }

    /** The application's time now. */
    public Instant now() {
        return Instant.parse(send(HttpRequest.newBuilder(uri("clock")).GET()).getString("now"));
    }

    private JsonObject post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create(base + "api/test-support/" + path);
    }

    private static JsonObject send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("test support answered " + answer.statusCode() + ": " + answer.body());
            }
            return Json.createReader(new StringReader(answer.body())).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

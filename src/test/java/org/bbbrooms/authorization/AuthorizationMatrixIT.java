package org.bbbrooms.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bbbrooms.authorization.AnonymousDoors.Door;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.SignedIn;
import org.bbbrooms.testing.server.authz.Act;
import org.bbbrooms.testing.server.authz.Outcome;
import org.bbbrooms.testing.server.authz.Persona;
import org.bbbrooms.testing.server.authz.RoomKind;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole authorization matrix, generated: every {@link Persona} tries every {@link Act} in every
 * {@link RoomKind} (and every platform action once), one test per cell, against {@link ExpectedAccess}. Signed-in
 * personas act through the services, in the server, in their own session (so that the container's roles are
 * theirs too): the test support's probe calls what a page or the API calls and reports the service's answer. The
 * sandbox's control endpoints are tried over HTTP with the session; anonymous requests knock on every door of an
 * action (pages, REST API, sandbox). The world (users, courses, rooms, recordings in the sandbox) is built once, with
 * the platform letting rooms open to guests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final HttpClient ANONYMOUS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    private String root;
    private JsonObject fixture;
    private final Map<Persona, HttpClient> sessions = new EnumMap<>(Persona.class);
    private final AtomicInteger cells = new AtomicInteger();
    private long startedAt;

    @TestFactory
    Stream<DynamicNode> everyPersonaTriesEveryActionInEveryRoom() {
        startedAt = System.nanoTime();
        root = base.toString().endsWith("/") ? base.toString() : base + "/";
        Server.at(base).resetSettings("BBB_GUEST_ACCESS", "true");
        fixture = json(send(ANONYMOUS, HttpRequest.newBuilder(URI.create(root + "api/test-support/authz/fixture"))
                .POST(HttpRequest.BodyPublishers.noBody())));
        long built = System.nanoTime();
        JsonObject usernames = fixture.getJsonObject("personas");
        for (Persona persona : Persona.values()) {
            if (persona != Persona.ANONYMOUS) {
                String username = usernames.getString(persona.name());
                sessions.put(persona, SignedIn.as(base, username, username));
            }
        }
        System.out.printf("[authz] fixture: %d ms, sign-ins: %d ms%n", (built - startedAt) / 1_000_000,
                (System.nanoTime() - built) / 1_000_000);
        List<DynamicNode> rooms = new ArrayList<>();
        for (RoomKind kind : RoomKind.values()) {
            rooms.add(dynamicContainer(kind + ": " + kind.what(), actions(Optional.of(kind), true)));
        }
        rooms.add(dynamicContainer("the whole platform", actions(Optional.empty(), false)));
        return rooms.stream();
    }

    @AfterEach
    void tearDown() {
        if (fixture != null) {
            send(ANONYMOUS, HttpRequest.newBuilder(URI.create(root + "api/test-support/authz/tear-down?fixture="
                    + fixture.getString("id"))).POST(HttpRequest.BodyPublishers.noBody()));
            Server.at(base).resetSettings();
            System.out.printf("[authz] %d cells in %d ms, fixture included%n", cells.get(),
                    (System.nanoTime() - startedAt) / 1_000_000);
        }
    }

    private Stream<DynamicContainer> actions(Optional<RoomKind> kind, boolean ofRoom) {
        return Arrays.stream(Act.values()).filter(act -> act.ofRoom() == ofRoom)
                .map(act -> dynamicContainer(act.name(), Arrays.stream(Persona.values()).map(persona -> {
                    Outcome expected = ExpectedAccess.of(kind, act, persona);
                    return dynamicTest(persona + " (" + persona.who() + "): " + expected, () -> {
                        Result result = attempt(kind, act, persona);
                        cells.incrementAndGet();
                        assertEquals(expected, result.outcome(), () -> kind.map(k -> k + " ").orElse("") + act
                                + " by " + persona + ": " + result.detail());
                    });
                })));
    }

    /** What came of a cell, as the probe or the HTTP answers say. */
    private record Result(Outcome outcome, String detail) {
    }

    private Result attempt(Optional<RoomKind> kind, Act act, Persona persona) {
        if (persona == Persona.ANONYMOUS) {
            return knock(act, kind.map(k -> fixture.getJsonObject("rooms").getJsonObject(k.name())));
        }
        HttpClient session = sessions.get(persona);
        if (act.http()) {
            HttpResponse<String> answer = send(session, AnonymousDoors.sandbox(act).request(root));
            return switch (answer.statusCode()) {
                case 200 -> new Result(Outcome.ALLOWED, "200");
                case 403 -> new Result(Outcome.DENIED, "403");
                default -> new Result(Outcome.FAILED, answer.statusCode() + " " + answer.body());
            };
        }
        HttpResponse<String> answer = send(session, HttpRequest.newBuilder(URI.create(root
                + "api/test-support/authz/probe?fixture=" + fixture.getString("id") + "&act=" + act
                + kind.map(k -> "&room=" + k).orElse(""))).POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 200) {
            return new Result(Outcome.FAILED, "the probe answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonObject json = json(answer);
        return new Result(Outcome.valueOf(json.getString("outcome")), json.getString("detail"));
    }

    /**
     * Denied when every door turns the anonymous request away: 401, 403, or a redirect to the login page; allowed
     * when one answers with a success; failed on any other answer.
     */
    private Result knock(Act act, Optional<JsonObject> room) {
        List<String> answers = new ArrayList<>();
        for (Door door : AnonymousDoors.of(act, room, fixture)) {
            HttpResponse<String> answer = send(ANONYMOUS, door.request(root));
            int status = answer.statusCode();
            boolean toLogin = status / 100 == 3 && answer.headers().firstValue("Location")
                    .filter(location -> location.contains("/login.xhtml")).isPresent();
            if (status / 100 == 2) {
                return new Result(Outcome.ALLOWED, door + " answered " + status);
            }
            if (status != 401 && status != 403 && !toLogin) {
                return new Result(Outcome.FAILED, door + " answered " + status + ": " + answer.body());
            }
            answers.add(door.method() + " " + door.path() + ": " + status);
        }
        return new Result(Outcome.DENIED, String.join(", ", answers));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("test support answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}

package org.bbbrooms.room.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.room.CallbackToken;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.RoomEvents;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.room.RoomStatus;
import org.bbbrooms.testing.Arrivals;
import org.bbbrooms.testing.CallbackPortal;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * BBB's end callback, sent by the sandbox itself when a meeting ends, to the resource served at the portal's
 * address: accepted once, a replay refused with 409, a forged token with 404.
 */
class MeetingCallbackResourceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The portal's callback endpoint: a JDK HTTP server handing each request to a new resource, as JAX-RS does
     * (the Response itself is built by JAX-RS in the container, see RoomsIT). BBB's analytics callback, which the
     * sandbox sends too, belongs to attendance (see its CallbacksTest) and is only acknowledged here. */
    private static final class Portal implements AutoCloseable {

        final CallbackPortal portal = new CallbackPortal(this::serve);
        final Arrivals<Integer> answered = new Arrivals<>();
        volatile RoomFixture fixture;

        String url() {
            return portal.url();
        }

        private void serve(HttpExchange exchange) throws IOException {
            try (exchange) {
                String[] path = exchange.getRequestURI().getRawPath().split("/");
                if (path[path.length - 1].equals("analytics")) {
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                MeetingCallbackResource resource = new MeetingCallbackResource();
                resource.rooms = fixture.rooms();
                int status = path[path.length - 1].equals("ended") && exchange.getRequestMethod().equals("GET")
                        ? resource.endedStatus(path[path.length - 2]).getStatusCode() : 405;
                answered.add(status);
                exchange.sendResponseHeaders(status, -1);
            }
        }

        @Override
        public void close() {
            portal.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEndCallbackIsAcceptedOnceAndReplaysAndForgeriesAreRefused(TestDatabase db) throws Exception {
        try (Portal portal = new Portal(); RoomFixture f = RoomFixture.on(db, portal.url())) {
            Started started = start(portal, f);
            String room = started.room();
            URI callback = started.callback();
            f.follow(started.link());

            f.settings.connection().client().end(EndRequest.of(RoomFixture.param(started.link(), "meetingID")));
            assertEquals(List.of(200), portal.answered.await(1), "BBB's own callback was accepted");
            Meeting closed = f.meetings(room).get(0);
            assertEquals(CloseReason.CALLBACK, closed.getCloseReason().orElseThrow());
            assertTrue(closed.getEndedCallbackAt().isPresent());
            assertEquals(Map.of("room", RoomEvents.pushKey(room), "event", "ended"), f.pushed().get(1));
            assertEquals(RoomStatus.State.NOT_STARTED, f.rooms().byPublicId(started.teacher(), room).status().state());

            assertEquals(409, get(callback), "a replay");
            assertEquals(closed.getVersion(), f.meetings(room).get(0).getVersion(), "a replay changes nothing");
            String forged = callback.toString().replaceFirst("/meetings/[^/]+/", "/meetings/"
                    + CallbackToken.random().value() + "/");
            assertEquals(404, get(URI.create(forged)), "a forged token");
            assertEquals(404, get(URI.create(forged.replace("/ended", "x".repeat(200) + "/ended"))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ourOwnEndAndItsCallbackCloseTheMeetingOnce(TestDatabase db) throws Exception {
        try (Portal portal = new Portal(); RoomFixture f = RoomFixture.on(db, portal.url())) {
            Started started = start(portal, f);
            String room = started.room();

            f.rooms().end(started.teacher(), room);
            portal.answered.await(1);
            assertTrue(f.meetings(room).get(0).getEndedCallbackAt().isPresent());
            assertEquals(List.of(200), portal.answered.all());
            assertTrue(Set.of(CloseReason.ENDED, CloseReason.CALLBACK).contains(f.meetings(room).get(0)
                    .getCloseReason().orElseThrow()), "whichever of End and the callback came first closed it");
            assertEquals(2, f.pushed().size(), "started, then ended once");
            assertEquals(409, get(started.callback()));
        }
    }

    /** A course room started by its teacher, and the end callback URL that BBB received. */
    private record Started(Actor teacher, String room, URI link, URI callback) {
    }

    private static Started start(Portal portal, RoomFixture f) {
        portal.fixture = f;
        Course course = f.course();
        Actor teacher = f.member(course, CourseRole.TEACHER);
        String room = f.courseRoom(course, teacher);
        URI link = f.rooms().start(teacher, room, "/");
        return new Started(teacher, room, link, URI.create(f.bbbMeeting(link).metadata().get("endcallbackurl")));
    }

    private static int get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .statusCode();
    }
}

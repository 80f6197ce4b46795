package org.bbbrooms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomView;
import org.bbbrooms.testing.server.SuiteClock;
import org.bbbrooms.testing.server.SuiteData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks in the suite's server: a real meeting start and end through the sandbox reach a receiver of the test's
 * own (a JDK HTTP server on a random port) that fails first, then recovers. The worker runs a pass on demand, and
 * the suite's clock passes the backoff, so nothing waits. Every subscription is platform-wide, so the receiver may
 * also get other tests' events: assertions look at this course's only. The API and the admin page are in
 * {@code WebhooksPageIT}.
 */
@ExtendWith(ArquillianExtension.class)
public class WebhooksIT {

    @Inject
    WebhookService webhooks;

    @Inject
    WebhookWorker worker;

    @Inject
    RoomService rooms;

    @Inject
    UserService users;

    @Inject
    SuiteData data;

    @Inject
    SuiteClock clock;

    private Actor actor(JsonObject person) {
        return Actor.of(users.findByUsername(person.getString("username")).orElseThrow());
    }

    @Test
    void aMeetingsStartAndEndReachAReceiverThatFailsFirstSignedAndOnce() throws Exception {
        Actor admin = actor(data.user(PlatformRole.ADMIN, "Webhook Admin"));
        JsonObject course = data.course("Webhooks", Optional.empty());
        long courseId = course.getJsonNumber("id").longValue();
        Actor teacher = actor(course.getJsonObject("teacher"));
        Receiver receiver = new Receiver(500);
        NewSubscription made = webhooks.create(admin, receiver.url(), "WebhooksIT",
                EnumSet.of(EventType.MEETING_STARTED, EventType.MEETING_ENDED, EventType.ATTENDANCE_FINAL),
                Optional.empty());
        try {
            RoomView room = rooms.courseRoom(teacher, courseId);
            rooms.start(teacher, room.publicId(), "/course.xhtml?code=" + course.getString("code"));
            worker.runOnce();
            Received first = receiver.only(courseId, "meeting.started");
            assertEquals(1, receiver.of(courseId).size(), "one attempt, answered 500");

            receiver.answer(204);
            worker.runOnce();
            assertEquals(1, receiver.of(courseId).size(), "no retry before the backoff's 30 s");
            clock.advance(Duration.ofSeconds(31));
            worker.runOnce();
            List<Received> started = receiver.of(courseId);
            assertEquals(2, started.size(), "retried once the backoff passed");
            Received retry = started.get(1);
            assertEquals(first.eventId(), retry.eventId(), "the same event id, so that receivers drop duplicates");
            assertEquals(first.body(), retry.body());
            assertTrue(Signature.verify(made.secret(), retry.signature(), retry.body(),
                    clock.instant().getEpochSecond(), 300), "signed with the subscription's secret: " + retry);
            JsonObject event = retry.json();
            assertEquals(retry.eventId(), event.getString("id"));
            assertEquals(teacher.userId(), event.getJsonObject("data").getJsonObject("startedBy")
                    .getJsonNumber("id").longValue());
            assertEquals(course.getString("code"), event.getJsonObject("data").getJsonObject("course")
                    .getString("code"));

            rooms.end(teacher, room.publicId());
            worker.runOnce();
            Received ended = receiver.only(courseId, "meeting.ended");
            String reason = ended.json().getJsonObject("data").getJsonObject("meeting").getString("endReason");
            assertTrue(Set.of("ended", "callback").contains(reason),
                    "End, or BBB's end callback that it sets off, whichever closes the meeting first: " + reason);

            clock.advance(Duration.ofMinutes(11));
            worker.runOnce();
            JsonObject attendance = receiver.only(courseId, "attendance.final").json().getJsonObject("data")
                    .getJsonObject("attendance");
            assertEquals("estimate", attendance.getString("source"), "no analytics within the grace period");
            assertEquals(1, attendance.getInt("portalUsers"), "the teacher was handed a join link");
            worker.runOnce();
            assertEquals(4, receiver.of(courseId).size(), "every event delivered, nothing twice");
        } finally {
            webhooks.delete(admin, Optional.empty(), made.subscription().getId());
            receiver.stop();
        }
    }

    /** What the receiver got: the headers that matter and the body. */
    record Received(String eventId, String signature, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String type() {
            return json().getString("type");
        }

        boolean of(long courseId) {
            JsonObject course = json().getJsonObject("data").getJsonObject("course");
            return course != null && course.getJsonNumber("id").longValue() == courseId;
        }
    }

    /** A host portal's receiver answering with a status the test sets. */
    static final class Receiver {

        private final HttpServer server;
        private final AtomicInteger status;
        private final List<Received> received = new CopyOnWriteArrayList<>();

        Receiver(int status) throws IOException {
            this.status = new AtomicInteger(status);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void answer(int code) {
            status.set(code);
        }

        List<Received> of(long courseId) {
            return received.stream().filter(r -> r.of(courseId)).toList();
        }

        Received only(long courseId, String type) {
            List<Received> found = of(courseId).stream().filter(r -> r.type().equals(type)).toList();
            assertEquals(1, found.size(), type + " received once: " + found);
            return found.get(0);
        }

        void stop() {
            server.stop(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst(Signature.EVENT_ID_HEADER),
                    exchange.getRequestHeaders().getFirst(Signature.HEADER), body));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            int code = status.get();
            exchange.sendResponseHeaders(code, code == 204 ? -1 : answer.length);
            if (code != 204) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        }
    }
}

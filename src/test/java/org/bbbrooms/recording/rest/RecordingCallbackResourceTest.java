package org.bbbrooms.recording.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bbbrooms.bbb.GetRecordingsRequest;
import org.bbbrooms.bbb.Recording;
import org.bbbrooms.bbb.RecordingState;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.recording.ReadyOutcome;
import org.bbbrooms.recording.RecordingFixture;
import org.bbbrooms.recording.RecordingStatus;
import org.bbbrooms.recording.RecordingView;
import org.bbbrooms.room.CallbackToken;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.testing.Arrivals;
import org.bbbrooms.testing.CallbackPortal;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * BBB's recording-ready callback, sent by the sandbox itself when it has processed a recording, to the resource
 * served at the portal's address: a valid callback is accepted once and the recording fetched again from BBB; a
 * replay gets 409, a forged signature, another secret, an expired token or another meeting's claims 401, an unknown
 * token 404, and none of them changes anything.
 */
class RecordingCallbackResourceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aValidCallbackIsAcceptedOnceAndForgeriesAndReplaysChangeNothing(TestDatabase db) throws Exception {
        Arrivals<Integer> answered = new Arrivals<>();
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicReference<RecordingFixture> fixture = new AtomicReference<>();
        try (CallbackPortal portal = new CallbackPortal(exchange -> ready(exchange, fixture.get(), received, answered));
                RecordingFixture f = RecordingFixture.on(db, portal.url())) {
            fixture.set(f);
            RecordingFixture.Lesson lesson = f.lesson();
            Actor teacher = lesson.teacher();
            String room = lesson.room();
            String meetingA = f.record(teacher, room);

            long fetchesBefore = f.calls("getRecordings");
            f.process();
            assertEquals(List.of(200), answered.await(1), "BBB's own callback was accepted");
            assertEquals(fetchesBefore + 1, f.calls("getRecordings"), "the recording was fetched again, once");
            List<RecordingView> listed = f.recordings().ofRoom(teacher, room).recordings();
            assertEquals(1, listed.size());
            assertEquals(RecordingStatus.PUBLISHED, listed.get(0).status());
            String recordA = listed.get(0).recordId();
            long versionA = version(f, room, recordA);

            String valid = received.get(0);
            URI readyA = readyUrl(f, meetingA);
            long fetches = f.calls("getRecordings");
            assertEquals(409, post(readyA, valid), "a replay");
            assertEquals(fetches, f.calls("getRecordings"), "a replay asks BBB nothing");
            assertEquals(versionA, version(f, room, recordA), "a replay changes nothing");

            String meetingB = f.record(teacher, room);
            URI readyB = readyUrl(f, meetingB);
            String recordB = bbbRecording(f, meetingB).recordID();
            fetches = f.calls("getRecordings");
            String claimsB = "{\"meeting_id\":\"" + meetingB + "\",\"record_id\":\"" + recordB + "\"}";
            String[] parts = valid.split("\\.");
            String forged = parts[0] + "." + B64.encodeToString(claimsB.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
            assertEquals(401, post(readyB, forged), "claims altered under BBB's signature");
            assertEquals(401, post(readyB, jwt(claimsB, "not-the-shared-secret")), "signed with another secret");
            String expired = "{\"meeting_id\":\"" + meetingB + "\",\"record_id\":\"" + recordB + "\",\"exp\":"
                    + Instant.now().minusSeconds(3600).getEpochSecond() + "}";
            assertEquals(401, post(readyB, jwt(expired, RoomFixture.SECRET)), "expired");
            String otherMeeting = "{\"meeting_id\":\"" + meetingA + "\",\"record_id\":\"" + recordA + "\"}";
            assertEquals(401, post(readyB, jwt(otherMeeting, RoomFixture.SECRET)), "another meeting's callback");
            assertEquals(400, post(readyB, "not-a-jwt"), "malformed");
            String unknownToken = readyB.toString().replaceFirst("/meetings/[^/]+/",
                    "/meetings/" + CallbackToken.random().value() + "/");
            assertEquals(404, post(URI.create(unknownToken), jwt(claimsB, RoomFixture.SECRET)), "a token nobody issued");
            assertEquals(List.of(recordA), f.recordings().ofRoom(teacher, room).recordings().stream()
                    .map(RecordingView::recordId).toList(), "none of them stored B");
            assertEquals(versionA, version(f, room, recordA), "nor touched A");
            assertEquals(fetches, f.calls("getRecordings"), "nor asked BBB anything");

            String recordOfA = "{\"meeting_id\":\"" + meetingB + "\",\"record_id\":\"" + recordA + "\"}";
            assertEquals(401, post(readyB, jwt(recordOfA, RoomFixture.SECRET)), "B's token for A's recording");
            assertEquals(versionA, version(f, room, recordA), "A untouched");

            assertEquals(200, post(readyB, jwt(claimsB, RoomFixture.SECRET)), "signed with the shared secret");
            assertEquals(List.of(recordB, recordA), f.recordings().ofRoom(teacher, room).recordings().stream()
                    .map(RecordingView::recordId).toList(), "B fetched and stored, newest first");
        }
    }

    /** The portal's recording-ready endpoint: the resource's answer to each POST, noting what it received. */
    private static void ready(HttpExchange exchange, RecordingFixture fixture, List<String> received,
            Arrivals<Integer> answered) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getRawPath().split("/");
            if (!path[path.length - 1].equals("recording-ready")) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signed = form.startsWith("signed_parameters=")
                    ? URLDecoder.decode(form.substring("signed_parameters=".length()), StandardCharsets.UTF_8) : null;
            received.add(signed);
            ReadyOutcome outcome = fixture.readyCallback().handle(path[path.length - 2], signed);
            int status = RecordingCallbackResource.status(outcome).getStatusCode();
            answered.add(status);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private static long version(RecordingFixture f, String room, String recordId) {
        return f.stored(room).stream().filter(r -> r.getRecordId().equals(recordId)).findFirst().orElseThrow()
                .getVersion();
    }

    private static Recording bbbRecording(RecordingFixture f, String meetingId) {
        return f.rooms.settings.connection().client().getRecordings(GetRecordingsRequest.builder()
                .meetingIDs(List.of(meetingId)).state(RecordingState.ANY).build()).recordings().get(0);
    }

    /** The recording-ready URL that BBB was given for the meeting, as it keeps it in the recording's metadata. */
    private static URI readyUrl(RecordingFixture f, String meetingId) {
        return URI.create(Optional.ofNullable(bbbRecording(f, meetingId).metadata().get("bbb-recording-ready-url"))
                .orElseThrow());
    }

    /** A JWT as BBB signs the recording-ready callback: HS256 over the given claims. */
    private static String jwt(String claims, String secret) throws GeneralSecurityException {
        String input = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static int post(URI uri, String signed) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signed_parameters=" + signed)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

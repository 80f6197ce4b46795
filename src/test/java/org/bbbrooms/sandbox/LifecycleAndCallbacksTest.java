package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleAndCallbacksTest {

    private final Sandbox sandbox = new Sandbox();

    @AfterEach
    void close() {
        sandbox.close();
    }

    private static String meta(String name, String url) {
        return "&meta_" + name + "=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    private boolean exists(String meetingId) {
        return sandbox.call("getMeetingInfo", "meetingID=" + meetingId).returnCode().equals("SUCCESS");
    }

    @Test
    void endCallsTheEndCallbackWithRecordingMarksKeepingItsQueryString() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            sandbox.create("m1", "&record=true" + meta("endCallbackUrl", receiver.url("/ended?room=7&t=abc")));
            sandbox.join("m1", "u1", "MODERATOR");

            sandbox.call("end", "meetingID=m1");
            CallbackReceiver.Received ended = receiver.next();

            assertEquals("GET", ended.method());
            assertEquals("/ended?room=7&t=abc&meetingID=m1&recordingmarks=true", ended.uri().toString());
        }
    }

    @Test
    void anUnrecordedMeetingEndsWithoutRecordingMarks() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            sandbox.create("m1", meta("endCallbackUrl", receiver.url("/ended")));
            sandbox.join("m1", "u1", "MODERATOR");

            sandbox.call("end", "meetingID=m1");

            assertEquals("/ended?meetingID=m1&recordingmarks=false", receiver.next().uri().toString());
        }
    }

    @Test
    void aModeratorsEndButtonEndsTheMeetingAndAViewersDoesNot() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            sandbox.create("m1", meta("endCallbackUrl", receiver.url("/ended")));
            String teacher = sandbox.join("m1", "teacher", "MODERATOR");
            String pupil = sandbox.join("m1", "pupil", "VIEWER");

            assertEquals(false, sandbox.server.endMeetingOf(pupil));
            assertTrue(exists("m1"));
            assertEquals(true, sandbox.server.endMeetingOf(teacher));

            assertEquals("/ended?meetingID=m1&recordingmarks=false", receiver.next().uri().toString());
            assertEquals(false, exists("m1"));
        }
    }

    @Test
    void theAnalyticsCallbackPostsAttendanceWithAnHs512BearerJwt() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            sandbox.create("m1", meta("analytics-callback-url", receiver.url("/analytics?t=1"))
                    + "&meta_bbb-context-name=Algebra");
            Instant start = sandbox.clock.instant();
            String teacher = sandbox.join("m1", "teacher", "MODERATOR");
            sandbox.join("m1", "pupil", "VIEWER");
            sandbox.clock.advance(Duration.ofMinutes(10));
            sandbox.server.leave(teacher);
            sandbox.clock.advance(Duration.ofMinutes(5));

            sandbox.call("end", "meetingID=m1");
            CallbackReceiver.Received analytics = receiver.next();

            assertEquals("POST", analytics.method());
            assertEquals("application/json", analytics.contentType());
            assertTrue(analytics.authorization().startsWith("Bearer "));
            Map<String, Object> claims = JwtCheck.verify(analytics.authorization().substring("Bearer ".length()),
                    "HS512", Sandbox.SECRET);
            assertTrue((Long) claims.get("exp") > sandbox.clock.instant().getEpochSecond());
            Map<String, Object> body = MiniJson.object(analytics.body());
            assertEquals("1.0", body.get("version"));
            assertEquals("m1", body.get("meeting_id"));
            assertTrue(((String) body.get("internal_meeting_id")).endsWith("-" + start.toEpochMilli()));
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) body.get("data");
            assertEquals(900L, data.get("duration"));
            assertEquals(start.toString(), Instant.parse((String) data.get("start")).toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) data.get("metadata");
            assertEquals("Maths 101", metadata.get("meeting_name"));
            assertEquals("Algebra", metadata.get("bbb_context_name"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> attendees = (List<Map<String, Object>>) data.get("attendees");
            assertEquals(2, attendees.size());
            Map<String, Object> t = attendees.get(0);
            assertEquals("teacher", t.get("ext_user_id"));
            assertEquals("User teacher", t.get("name"));
            assertEquals(true, t.get("moderator"));
            assertEquals(600L, t.get("duration"));
            assertEquals(List.of(start.toString()),
                    ((List<?>) t.get("joins")).stream().map(j -> Instant.parse((String) j).toString()).toList());
            assertEquals(1, ((List<?>) t.get("leaves")).size());
            assertEquals(Map.of("chats", 0L, "talks", 0L, "raisehand", 0L, "emojis", 0L, "poll_votes", 0L,
                    "talk_time", 0L), t.get("engagement"));
            assertEquals(false, attendees.get(1).get("moderator"));
            assertEquals(900L, attendees.get(1).get("duration"));
        }
    }

    @Test
    void aMeetingNobodyJoinedExpiresAndSaysSo() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            sandbox.create("m1", meta("endCallbackUrl", receiver.url("/ended")));

            sandbox.clock.advance(Sandbox.EMPTY.minusSeconds(1));
            sandbox.server.sweep();
            assertTrue(exists("m1"));
            sandbox.clock.advance(Duration.ofSeconds(1));
            sandbox.server.sweep();

            assertEquals(false, exists("m1"));
            assertEquals("/ended?meetingID=m1&recordingmarks=false", receiver.next().uri().toString());
        }
    }

    @Test
    void aMeetingEverybodyLeftEndsAfterTheDelayAndLeavesItsRecording() {
        sandbox.create("m1", "&record=true");
        String only = sandbox.join("m1", "u1", "MODERATOR");
        sandbox.clock.advance(Duration.ofHours(2));
        sandbox.server.sweep();
        assertTrue(exists("m1"), "a meeting with people in it does not expire");

        sandbox.server.leave(only);
        sandbox.clock.advance(Sandbox.LEFT.minusSeconds(1));
        sandbox.server.sweep();
        assertEquals("true", sandbox.call("isMeetingRunning", "meetingID=m1").text("/response/running"));
        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.server.sweep();

        assertEquals(false, exists("m1"));
        assertEquals("processing", sandbox.call("getRecordings", "meetingID=m1&state=any")
                .text("/response/recordings/recording/state"));
    }

    @Test
    void aMeetingEndsWhenItsDurationIsReached() {
        sandbox.create("m1", "&duration=45");
        sandbox.join("m1", "u1", "MODERATOR");

        sandbox.clock.advance(Duration.ofMinutes(44));
        sandbox.server.sweep();
        assertTrue(exists("m1"));
        sandbox.clock.advance(Duration.ofMinutes(1));
        sandbox.server.sweep();

        assertEquals(false, exists("m1"));
    }

    @Test
    void failingOrUnsafeCallbacksNeverBreakTheApi() throws Exception {
        String deadUrl;
        try (CallbackReceiver gone = CallbackReceiver.start()) {
            deadUrl = gone.url("/ended");
        }
        sandbox.create("m1", meta("endCallbackUrl", deadUrl) + meta("analytics-callback-url", "javascript:alert(1)"));
        sandbox.join("m1", "u1", "MODERATOR");

        assertEquals("sentEndMeetingRequest", sandbox.call("end", "meetingID=m1").messageKey());
        assertEquals(false, exists("m1"));
    }
}

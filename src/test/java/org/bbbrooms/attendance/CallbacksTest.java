package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.room.CallbackOutcome;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.sandbox.CallbackReceiver;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BBB's end and analytics callbacks as the sandbox sends them when a meeting ends (received on a local server
 * standing for the portal, then handed to the services as the REST resources do): valid ones are taken once, a
 * replay changes nothing (409), a forged JWT or token is refused (401, 404). The analytics' exact intervals and
 * engagement replace the estimates.
 */
class CallbacksTest {

    /** Behind Scalelite, the analytics callback comes forwarded by Scalelite, with its Rails parameters. */
    @ParameterizedTest
    @MethodSource("org.bbbrooms.attendance.AttendanceSyncTest#setups")
    void theEndAndAnalyticsCallbacksAreTakenOnceAndForgeriesAreRefused(TestDatabase db, SandboxMode mode)
            throws Exception {
        try (CallbackReceiver portal = CallbackReceiver.start();
                AttendanceFixture a = AttendanceFixture.on(db, portal.url("/portal"), mode)) {
            AttendanceFixture.InConference lesson = a.inConference();
            Actor teacher = lesson.teacher();
            Actor student = lesson.student();
            String room = lesson.room();
            URI teacherPage = lesson.teacherPage();
            URI studentPage = lesson.studentPage();
            a.leave(studentPage);
            a.rooms.post(AttendanceFixture.endButton(teacherPage));

            Map<String, CallbackReceiver.Received> sent = AttendanceFixture.endCallbacks(portal);
            assertEquals("GET", sent.get("ended").method());
            String token = AttendanceFixture.token(sent.get("ended"));
            assertEquals(CallbackOutcome.ACCEPTED, a.rooms.rooms().meetingEnded(token));
            assertEquals(CloseReason.CALLBACK, a.rooms.meetings(room).get(0).getCloseReason().orElseThrow());
            List<Attendance> estimates = a.rows(room);
            assertTrue(estimates.stream().noneMatch(Attendance::isOpen), "the end callback closed every interval");
            assertTrue(estimates.stream().allMatch(r -> r.getLeaveSource().orElseThrow() == LeaveSource.END));
            assertEquals(CallbackOutcome.REPLAYED, a.rooms.rooms().meetingEnded(token));
            assertEquals(CallbackOutcome.UNKNOWN, a.rooms.rooms().meetingEnded(otherToken(token)));
            assertEquals(estimates.stream().map(Attendance::getLeftAt).toList(),
                    a.rows(room).stream().map(Attendance::getLeftAt).toList(), "a replay changes nothing");

            CallbackReceiver.Received analytics = sent.get("analytics");
            assertEquals("/portal/api/callbacks/meetings/" + token + "/analytics", analytics.uri().getPath());
            assertEquals(mode == SandboxMode.SCALELITE, analytics.body().contains("\"customer\":\"scalelite\""));
            String jwt = analytics.authorization().substring("Bearer ".length());
            AnalyticsCallback callback = a.analytics();
            assertEquals(AnalyticsCallback.Outcome.UNAUTHORIZED,
                    callback.receive(token, "Bearer " + forgedSignature(jwt), analytics.body()));
            assertEquals(AnalyticsCallback.Outcome.UNAUTHORIZED,
                    callback.receive(token, "Bearer " + unsigned(), analytics.body()));
            assertEquals(AnalyticsCallback.Outcome.UNAUTHORIZED, callback.receive(token, null, analytics.body()));
            assertEquals(AnalyticsCallback.Outcome.UNKNOWN,
                    callback.receive(otherToken(token), analytics.authorization(), analytics.body()));
            assertEquals(AnalyticsCallback.Outcome.INVALID, callback.receive(token, analytics.authorization(),
                    analytics.body().replace(a.rooms.meetings(room).get(0).getBbbMeetingId(), "another-meeting")));
            assertEquals(estimates.size(), a.rows(room).size(), "refused callbacks change nothing");

            List<AttendanceFinal> settled = new CopyOnWriteArrayList<>();
            a.finals.observe(settled::add);
            assertEquals(AnalyticsCallback.Outcome.ACCEPTED,
                    callback.receive(token, analytics.authorization(), analytics.body()));
            assertEquals(List.of(a.rooms.meetings(room).get(0).getId()),
                    settled.stream().map(AttendanceFinal::meetingId).toList(), "its attendance is final");
            List<Attendance> exact = a.rows(room);
            assertTrue(exact.stream().allMatch(r -> r.getJoinSource() == JoinSource.ANALYTICS
                    && r.getLeaveSource().orElseThrow() == LeaveSource.ANALYTICS));
            Map<Long, Attendance> byUser = exact.stream()
                    .collect(Collectors.toMap(r -> r.getUser().orElseThrow().getId(), r -> r));
            assertTrue(byUser.get(student.userId()).getLeftAt().orElseThrow()
                    .isBefore(byUser.get(teacher.userId()).getLeftAt().orElseThrow()), "the student left first");

            assertEquals(AnalyticsCallback.Outcome.REPLAYED,
                    callback.receive(token, analytics.authorization(), analytics.body()));
            assertEquals(exact.stream().map(Attendance::getId).toList(),
                    a.rows(room).stream().map(Attendance::getId).toList(), "a replay changes nothing");
            assertEquals(1, settled.size(), "and announces nothing again");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void bbbsExactIntervalsAndEngagementReplaceTheEstimatesAndNameOutsiders(TestDatabase db) throws Exception {
        try (CallbackReceiver portal = CallbackReceiver.start();
                AttendanceFixture a = AttendanceFixture.on(db, portal.url("/portal"))) {
            AttendanceFixture.InConference lesson = a.inConference();
            Actor teacher = lesson.teacher();
            Actor student = lesson.student();
            String room = lesson.room();
            URI teacherPage = lesson.teacherPage();
            a.rooms.post(AttendanceFixture.endButton(teacherPage));
            Map<String, CallbackReceiver.Received> sent = AttendanceFixture.endCallbacks(portal);
            String token = AttendanceFixture.token(sent.get("ended"));
            String authorization = sent.get("analytics").authorization();
            String meetingId = a.rooms.meetings(room).get(0).getBbbMeetingId();
            Instant t0 = Instant.parse("2025-03-30T00:40:00Z");
            String body = """
                    {"version":"1.0","meeting_id":"%s","internal_meeting_id":"x-1","data":{
                     "duration":4200,"start":"2025-03-30 00:40:00 +0000","finish":"2025-03-30T01:50:00.000+00:00",
                     "attendees":[
                      {"ext_user_id":"%d","name":"T","moderator":true,"joins":["2025-03-30T00:40:00Z"],
                       "leaves":["2025-03-30T01:50:00Z"],"duration":4200,"recent_talking_time":"",
                       "engagement":{"chats":3,"talks":9,"raisehand":0,"emojis":1,"poll_votes":0,"talk_time":1260}},
                      {"ext_user_id":"%d","name":"S","moderator":false,
                       "joins":["2025-03-30T00:45:00Z","2025-03-30T01:10:00Z","2025-03-30T01:05:00Z"],
                       "leaves":["2025-03-30T01:00:00Z","2025-03-30T01:20:00Z"],"duration":0,
                       "engagement":{"chats":"2","talks":1,"raisehand":2,"emojis":0,"poll_votes":1,"talk_time":30}},
                      {"ext_user_id":"w_9zx","name":"Zoé Invitée (téléphone)","moderator":false,
                       "joins":["2025-03-30T01:00:00Z"],"leaves":[],"duration":0,
                       "engagement":{"chats":0,"talks":0,"raisehand":0,"emojis":0,"poll_votes":0,"talk_time":0}}],
                     "files":[],"polls":[]}}""".formatted(meetingId, teacher.userId(), student.userId());

            assertEquals(AnalyticsCallback.Outcome.ACCEPTED, a.analytics().receive(token, authorization, body));
            ParticipantRow studentRow = person(a, room, "S-" + student.userId(), student.displayName());
            assertEquals(List.of(Instant.parse("2025-03-30T00:45:00Z"), Instant.parse("2025-03-30T01:05:00Z")),
                    studentRow.stays().stream().map(Stay::joined).toList(), "the join at 01:10 was while in");
            assertEquals(Duration.ofMinutes(30), studentRow.total(), "15 minutes, then 01:05 to 01:20");
            assertEquals(new Engagement.Figures(30, 2, 1, 2, 0, 1), studentRow.engagement().orElseThrow());
            ParticipantRow guest = person(a, room, "guest", "Zoé Invitée (téléphone)");
            assertTrue(guest.external() && guest.userId().isEmpty());
            assertEquals(Instant.parse("2025-03-30T01:50:00Z"), guest.lastLeave().orElseThrow(),
                    "still in at the end: until the finish");
            assertEquals(t0.plus(Duration.ofMinutes(70)),
                    person(a, room, "teacher", teacher.displayName()).lastLeave().orElseThrow());
        }
    }

    private static ParticipantRow person(AttendanceFixture a, String room, String what, String name) {
        long meetingId = a.rooms.meetings(room).get(0).getId();
        Actor admin = a.rooms.user("admin", org.bbbrooms.identity.PlatformRole.ADMIN);
        return a.reports().detail(admin, meetingId, "en").participants().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(what));
    }

    /** The same token with the first character of its signature changed. */
    private static String forgedSignature(String jwt) {
        int at = jwt.lastIndexOf('.') + 1;
        return jwt.substring(0, at) + (jwt.charAt(at) == 'A' ? 'B' : 'A') + jwt.substring(at + 1);
    }

    /** A token that claims no signature at all. */
    private static String unsigned() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "."
                + b64.encodeToString("{\"exp\":4102444800}".getBytes()) + ".";
    }

    /** A token of the same shape that differs from the real one in its first character, whatever that is. */
    private static String otherToken(String token) {
        return (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1);
    }
}

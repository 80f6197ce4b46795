package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.sandbox.CallbackReceiver;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A restart of the portal in the middle of a meeting, simulated by stopping the attendance services and building
 * new ones over the same database and sandbox: what happened while the portal was down (a student left, then the
 * meeting ended and its callbacks found nobody) is closed correctly by the next sync, and BBB's analytics, when they
 * come, make it exact. Every database.
 */
class RestartTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void openIntervalsAreClosedCorrectlyAfterARestart(TestDatabase db) throws Exception {
        try (CallbackReceiver bbbCallbacks = CallbackReceiver.start();
                AttendanceFixture a = AttendanceFixture.on(db, bbbCallbacks.url("/portal"))) {
            AttendanceFixture.InConference lesson = a.inConference();
            Actor teacher = lesson.teacher();
            Actor student = lesson.student();
            String room = lesson.room();
            URI teacherPage = lesson.teacherPage();
            URI studentPage = lesson.studentPage();
            a.sync.ensureRunning();
            a.nextPeriod();
            a.sync.tick();
            Instant lastSeen = AttendanceSyncTest.only(a, room, student).getSeenAt().orElseThrow();

            a.sync.stop();
            a.leave(studentPage);
            a.clock.advance(Duration.ofMinutes(10));
            a.restart();
            assertTrue(a.sync.running(), "a meeting was left open: the sync resumes at start-up");
            a.sync.tick();
            Attendance studentRow = AttendanceSyncTest.only(a, room, student);
            assertEquals(LeaveSource.SYNC, studentRow.getLeaveSource().orElseThrow());
            assertEquals(lastSeen.plusSeconds(AttendanceFixture.PERIOD_SECONDS), studentRow.getLeftAt().orElseThrow(),
                    "gone while the portal was down: within one period of when the student was last seen");
            assertTrue(AttendanceSyncTest.only(a, room, teacher).isOpen(), "the teacher is still in");

            a.sync.stop();
            a.rooms.post(AttendanceFixture.endButton(teacherPage));
            Map<String, CallbackReceiver.Received> lost = AttendanceFixture.endCallbacks(bbbCallbacks);
            CallbackReceiver.Received lateAnalytics = lost.get("analytics");
            a.restart();
            a.nextPeriod();
            a.sync.tick();
            Meeting meeting = a.rooms.meetings(room).get(0);
            assertEquals(CloseReason.STALE, meeting.getCloseReason().orElseThrow(),
                    "BBB no longer knows the meeting: the sync closed it");
            Attendance teacherRow = AttendanceSyncTest.only(a, room, teacher);
            assertEquals(LeaveSource.END, teacherRow.getLeaveSource().orElseThrow());
            assertFalse(teacherRow.getLeftAt().orElseThrow().isAfter(meeting.getClosedAt().orElseThrow()));
            a.sync.tick();
            assertFalse(a.sync.running(), "nothing open any more");

            String token = AttendanceFixture.token(lost.get("ended"));
            assertEquals(AnalyticsCallback.Outcome.ACCEPTED,
                    a.analytics().receive(token, lateAnalytics.authorization(), lateAnalytics.body()));
            Attendance exactStudent = AttendanceSyncTest.only(a, room, student);
            Attendance exactTeacher = AttendanceSyncTest.only(a, room, teacher);
            assertEquals(LeaveSource.ANALYTICS, exactStudent.getLeaveSource().orElseThrow());
            assertTrue(exactStudent.getLeftAt().orElseThrow().isBefore(exactTeacher.getLeftAt().orElseThrow()),
                    "BBB's own times replace the estimates");
        }
    }
}

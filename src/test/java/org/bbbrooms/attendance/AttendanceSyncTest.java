package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bbbrooms.bbb.JoinRequest;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The background sync against the sandbox: one getMeetingInfo per open meeting per period (counted by the sandbox),
 * leaves of users who left the sandbox's conference, people who came without the portal, and no work (nor
 * schedule) while no meeting is open; on every database, and behind Scalelite.
 */
class AttendanceSyncTest {

    private static final String BACK = "/course.xhtml?code=X";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneCallPerOpenMeetingPerPeriodAndUsersWhoLeftTheConferenceAreClosed(TestDatabase db) {
        try (AttendanceFixture a = AttendanceFixture.on(db)) {
            assertFalse(a.sync.running(), "nothing to sync while no meeting is open");
            Course maths = a.rooms.course();
            Course physics = a.rooms.course();
            Actor teacher = a.rooms.member(maths, CourseRole.TEACHER);
            a.rooms.enroll(physics, teacher, CourseRole.TEACHER);
            Actor student = a.rooms.member(maths, CourseRole.STUDENT);
            String mathsRoom = a.rooms.courseRoom(maths, teacher);
            String physicsRoom = a.rooms.courseRoom(physics, teacher);
            a.rooms.follow(a.rooms.rooms().start(teacher, mathsRoom, BACK));
            URI studentPage = a.rooms.follow(a.rooms.rooms().join(student, mathsRoom, BACK));
            a.rooms.rooms().start(teacher, physicsRoom, BACK);
            a.sync.ensureRunning();
            assertTrue(a.sync.running());

            long before = a.rooms.calls("getMeetingInfo");
            a.nextPeriod();
            a.sync.tick();
            assertEquals(before + 2, a.rooms.calls("getMeetingInfo"), "one call for each of the two open meetings");
            a.sync.tick();
            assertEquals(before + 2, a.rooms.calls("getMeetingInfo"), "within the status cache's period, none more");
            Instant seen = a.clock.instant();
            assertTrue(a.rows(mathsRoom).stream().allMatch(r -> r.getSeenAt().equals(java.util.Optional.of(seen))));

            a.rooms.post(AttendanceFixture.leaveButton(studentPage));
            a.clock.advance(Duration.ofSeconds(10));
            a.sync.tick();
            assertEquals(before + 4, a.rooms.calls("getMeetingInfo"));
            Attendance studentRow = only(a, mathsRoom, student);
            assertEquals(LeaveSource.SYNC, studentRow.getLeaveSource().orElseThrow(),
                    "the sync saw the student leave the conference");
            assertEquals(a.clock.instant(), studentRow.getLeftAt().orElseThrow());
            assertTrue(only(a, mathsRoom, teacher).isOpen(), "the teacher is still in");
            assertTrue(a.rows(physicsRoom).get(0).isOpen(), "a join link not used yet is given time to load BBB");

            a.rooms.rooms().end(teacher, mathsRoom);
            a.rooms.rooms().end(teacher, physicsRoom);
            long ended = a.rooms.calls("getMeetingInfo");
            a.sync.tick();
            assertEquals(ended, a.rooms.calls("getMeetingInfo"), "no meeting open: no call");
            assertFalse(a.sync.running(), "and the sync stops until the next join");
        }
    }

    /** Every database with one BBB server, and H2 behind Scalelite (whose joins go through a redirect). */
    static Stream<Arguments> setups() {
        return Stream.concat(Arrays.stream(TestDatabase.values()).map(db -> Arguments.of(db, SandboxMode.BBB)),
                Stream.of(Arguments.of(TestDatabase.H2, SandboxMode.SCALELITE)));
    }

    @ParameterizedTest
    @MethodSource("setups")
    void peopleWhoCameWithoutThePortalAreRecordedByNameAndReJoinsFoundByTheSyncAreNewIntervals(TestDatabase db,
            SandboxMode mode) {
        try (AttendanceFixture a = AttendanceFixture.on(db, mode)) {
            Course course = a.rooms.course();
            Actor teacher = a.rooms.member(course, CourseRole.TEACHER);
            String room = a.rooms.courseRoom(course, teacher);
            URI teacherLink = a.rooms.rooms().start(teacher, room, BACK);
            URI teacherPage = a.rooms.follow(teacherLink);
            URI guestPage = a.rooms.follow(a.rooms.settings.connection().client().joinUrl(JoinRequest.builder()
                    .meetingID(RoomFixture.param(teacherLink, "meetingID")).fullName("Zoé Invitée")
                    .role(Role.VIEWER).build()));
            a.nextPeriod();
            a.sync.tick();
            Attendance guest = a.rows(room).stream().filter(Attendance::isExternal).findFirst().orElseThrow();
            assertEquals("Zoé Invitée", guest.getFullName());
            assertTrue(guest.getUser().isEmpty() && guest.isOpen());
            assertEquals(JoinSource.SYNC, guest.getJoinSource());

            a.rooms.post(AttendanceFixture.leaveButton(teacherPage));
            a.nextPeriod();
            a.sync.tick();
            assertFalse(only(a, room, teacher).isOpen());
            a.rooms.follow(teacherLink);
            a.nextPeriod();
            a.sync.tick();
            List<Attendance> teacherRows = a.rows(room).stream()
                    .filter(r -> r.getUser().map(u -> u.getId() == teacher.userId()).orElse(false)).toList();
            assertEquals(2, teacherRows.size(), "back in BBB through the same link: a second interval");
            assertEquals(JoinSource.SYNC, teacherRows.get(1).getJoinSource());
            assertTrue(teacherRows.get(1).isOpen());

            a.rooms.post(AttendanceFixture.leaveButton(guestPage));
            a.rooms.rooms().end(teacher, room);
            assertEquals(CloseReason.ENDED, a.rooms.meetings(room).get(0).getCloseReason().orElseThrow());
            assertTrue(a.rows(room).stream().noneMatch(Attendance::isOpen));
        }
    }

    static Attendance only(AttendanceFixture a, String room, Actor user) {
        List<Attendance> rows = a.rows(room).stream()
                .filter(r -> r.getUser().map(u -> u.getId() == user.userId()).orElse(false)).toList();
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }
}

package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.room.UserReturned;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Joins written with the join link, leaves from the return and the end, re-joins as new intervals; every database. */
class AttendanceRecordingTest {

    private static final String BACK = "/course.xhtml?code=X";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void joinsAreWrittenWithTheLinkReturnsAndTheEndCloseThemAndReJoinsAreNewIntervals(TestDatabase db) {
        try (AttendanceFixture a = AttendanceFixture.on(db)) {
            AttendanceFixture.Lesson lesson = a.lesson();
            Actor teacher = lesson.teacher();
            Actor student = lesson.student();
            String room = lesson.room();

            Instant before = Instant.now();
            URI teacherLink = a.rooms.rooms().start(teacher, room, BACK);
            List<Attendance> rows = a.rows(room);
            assertEquals(1, rows.size(), "the teacher's join is in the database before the link is handed out");
            Attendance first = rows.get(0);
            assertEquals(teacher.userId(), first.getUser().orElseThrow().getId());
            assertEquals(RoomFixture.param(teacherLink, "userID"), first.getBbbUserId());
            assertTrue(first.isModerator() && !first.isExternal() && first.isOpen());
            assertEquals(JoinSource.PORTAL, first.getJoinSource());
            assertFalse(first.getJoinedAt().isBefore(before));

            a.rooms.rooms().join(student, room, BACK);
            a.rooms.rooms().join(student, room, BACK);
            assertEquals(2, a.rows(room).size(), "a second click while in keeps one open interval");

            Instant back = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            a.ledger.returned(new UserReturned(room, student.userId(), back));
            Attendance left = studentRows(a, room, student).get(0);
            assertEquals(LeaveSource.RETURN, left.getLeaveSource().orElseThrow());
            assertEquals(back, left.getLeftAt().orElseThrow());

            a.rooms.rooms().join(student, room, BACK);
            assertEquals(2, studentRows(a, room, student).size(), "a re-join is a new interval");

            a.rooms.rooms().end(teacher, room);
            List<Attendance> closed = a.rows(room);
            assertTrue(closed.stream().noneMatch(Attendance::isOpen), "the end closed every open interval");
            Instant end = a.rooms.meetings(room).get(0).getClosedAt().orElseThrow();
            assertEquals(List.of(LeaveSource.END, LeaveSource.RETURN, LeaveSource.END),
                    closed.stream().map(r -> r.getLeaveSource().orElseThrow()).toList());
            assertEquals(end, closed.get(2).getLeftAt().orElseThrow());

            a.ledger.returned(new UserReturned(room, student.userId(), Instant.now()));
            assertEquals(closed.get(2).getLeftAt(), studentRows(a, room, student).get(1).getLeftAt(),
                    "a late return changes nothing once the end closed the interval");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJoinThatCannotBeRecordedHandsOutNoLink(TestDatabase db) {
        try (AttendanceFixture a = AttendanceFixture.on(db)) {
            AttendanceFixture.Lesson lesson = a.lesson();
            Actor teacher = lesson.teacher();
            Actor student = lesson.student();
            String room = lesson.room();
            a.rooms.rooms().start(teacher, room, BACK);
            a.rooms.joined.observe(joined -> {
                if (joined.userId() == student.userId()) {
                    throw new IllegalStateException("the attendance table is unavailable");
                }
            });

            assertThrows(IllegalStateException.class, () -> a.rooms.rooms().join(student, room, BACK));
            assertEquals(List.of(), studentRows(a, room, student), "nothing half-written");
        }
    }

    private static List<Attendance> studentRows(AttendanceFixture a, String room, Actor student) {
        return a.rows(room).stream().filter(r -> r.getUser().map(u -> u.getId() == student.userId()).orElse(false))
                .toList();
    }
}

package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.persistence.Keyset;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.room.RoomType;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who sees which report: admins every meeting, teachers those of their courses, students only their own
 * attendance; and the filters, paging and weekly counts on top of that, on every database.
 */
class ReportServiceTest {

    private static final String BACK = "/course.xhtml?code=X";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void adminsSeeEveryMeetingTeachersTheirCoursesStudentsTheirOwnAttendance(TestDatabase db) {
        try (AttendanceFixture a = AttendanceFixture.on(db)) {
            Course maths = a.rooms.course();
            Course physics = a.rooms.course();
            Actor mathsTeacher = a.rooms.member(maths, CourseRole.TEACHER);
            Actor physicsTeacher = a.rooms.member(physics, CourseRole.TEACHER);
            Actor student = a.rooms.member(maths, CourseRole.STUDENT);
            a.rooms.enroll(physics, student, CourseRole.STUDENT);
            Actor admin = a.rooms.user("admin", PlatformRole.ADMIN);
            String mathsRoom = a.rooms.courseRoom(maths, mathsTeacher);
            String physicsRoom = a.rooms.courseRoom(physics, physicsTeacher);
            a.rooms.rooms().start(mathsTeacher, mathsRoom, BACK);
            a.rooms.rooms().join(student, mathsRoom, BACK);
            a.rooms.rooms().end(mathsTeacher, mathsRoom);
            a.rooms.rooms().start(physicsTeacher, physicsRoom, BACK);
            a.rooms.rooms().end(physicsTeacher, physicsRoom);
            long mathsMeeting = a.rooms.meetings(mathsRoom).get(0).getId();
            long physicsMeeting = a.rooms.meetings(physicsRoom).get(0).getId();
            ReportService reports = a.reports();
            ReportFilter around = filter(reports.zone(), Optional.empty(), Optional.empty(), Optional.empty());

            Set<Long> adminSees = ids(reports.meetings(admin, around, PageRequest.firstPage(500)));
            assertTrue(adminSees.containsAll(Set.of(mathsMeeting, physicsMeeting)), adminSees.toString());
            assertEquals(Set.of(mathsMeeting), ids(reports.meetings(mathsTeacher, around, PageRequest.firstPage(20))));
            assertEquals(Set.of(physicsMeeting),
                    ids(reports.meetings(physicsTeacher, around, PageRequest.firstPage(20))));
            assertEquals(List.of(mathsMeeting), reports.export(mathsTeacher, around).participants().keySet().stream()
                    .map(MeetingRow::meetingId).toList(), "exports are scoped the same way");

            assertEquals(2, reports.detail(mathsTeacher, mathsMeeting, "en").participants().size());
            assertEquals("report.denied", assertThrows(AccessDeniedException.class,
                    () -> reports.detail(mathsTeacher, physicsMeeting, "en")).key());
            assertEquals("report.denied", assertThrows(AccessDeniedException.class,
                    () -> reports.meetings(student, around, PageRequest.firstPage(20))).key());
            assertEquals("report.denied", assertThrows(AccessDeniedException.class,
                    () -> reports.detail(student, mathsMeeting, "en")).key());
            assertEquals("report.denied", assertThrows(AccessDeniedException.class,
                    () -> reports.export(student, around)).key());

            List<OwnAttendance> mine = reports.mine(student);
            assertEquals(List.of(mathsMeeting), mine.stream().map(OwnAttendance::meetingId).toList());
            assertEquals(maths.getTitle(), mine.get(0).room());
            assertTrue(mine.get(0).lastLeave().isPresent());
            assertEquals(List.of(), reports.mine(physicsTeacher).stream()
                    .filter(o -> o.meetingId() == mathsMeeting).toList(), "nobody sees another's attendance");
            assertEquals(Set.of(maths.getId()), Set.copyOf(reports.courses(mathsTeacher).stream()
                    .map(Course::getId).toList()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersPagesAndWeeksNarrowTheReport(TestDatabase db) {
        try (AttendanceFixture a = AttendanceFixture.on(db)) {
            Course course = a.rooms.course();
            Actor first = a.rooms.member(course, CourseRole.TEACHER);
            Actor second = a.rooms.member(course, CourseRole.TEACHER);
            Actor student = a.rooms.member(course, CourseRole.STUDENT);
            String room = a.rooms.courseRoom(course, first);
            a.rooms.rooms().start(first, room, BACK);
            a.rooms.rooms().join(student, room, BACK);
            a.rooms.rooms().end(first, room);
            a.rooms.rooms().start(second, room, BACK);
            a.rooms.rooms().end(second, room);
            ReportService reports = a.reports();
            ReportFilter ofCourse = filter(reports.zone(), Optional.of(course.getId()), Optional.empty(),
                    Optional.empty());

            Page<MeetingRow> firstPage = reports.meetings(first, ofCourse, new PageRequest(0, 1, null, true));
            assertEquals(2, firstPage.total());
            assertEquals(1, firstPage.items().size());
            MeetingRow newest = firstPage.items().get(0);
            assertEquals(second.displayName(), newest.startedBy(), "newest first");
            assertEquals(Optional.of(course.getCode()), newest.courseCode());
            assertTrue(newest.ended().isPresent() && !newest.exact() && !newest.recorded());
            assertEquals(List.of(1L, 2L), reports.allMeetings(first, ofCourse).stream()
                    .map(MeetingRow::participants).toList(), "the second teacher alone, then teacher and student");
            assertEquals(1, reports.meetings(first, filter(reports.zone(), Optional.of(course.getId()),
                    Optional.empty(), Optional.of(second.userId())), PageRequest.firstPage(20)).total());
            assertEquals(0, reports.meetings(first, filter(reports.zone(), Optional.of(course.getId()),
                    Optional.of(RoomType.GROUP), Optional.empty()), PageRequest.firstPage(20)).total());
            List<WeekPoint> weeks = reports.weekly(first, ofCourse);
            assertEquals(2, weeks.stream().mapToLong(WeekPoint::meetings).sum());
            assertEquals(3, weeks.stream().mapToLong(WeekPoint::participants).sum(), "2 + 1 participants");
            assertEquals(ofCourse.period().weeks(), weeks.stream().map(WeekPoint::week).toList(), "every week");
        }
    }

    /** Yesterday to tomorrow, so that a test run at midnight still finds what it just did. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoursesMeetingsComeNewestFirstInKeysetPagesForThoseWhoMayReportOnIt(TestDatabase db) {
        try (AttendanceFixture a = AttendanceFixture.on(db)) {
            Course maths = a.rooms.course();
            Actor teacher = a.rooms.member(maths, CourseRole.TEACHER);
            Actor other = a.rooms.member(a.rooms.course(), CourseRole.TEACHER);
            String room = a.rooms.courseRoom(maths, teacher);
            for (int i = 0; i < 3; i++) {
                a.rooms.rooms().start(teacher, room, BACK);
                a.rooms.rooms().end(teacher, room);
            }
            Set<Long> started = Set.copyOf(a.rooms.meetings(room).stream().map(m -> m.getId()).toList());
            ReportService reports = a.reports();
            CoursePeriod all = CoursePeriod.all(maths.getId());

            List<MeetingRow> first = reports.courseMeetings(teacher, all, Optional.empty(), 2);
            Keyset last = new Keyset(first.get(1).started(), first.get(1).meetingId());
            List<MeetingRow> second = reports.courseMeetings(teacher, all, Optional.of(last), 2);
            assertEquals(1, second.size());
            List<Long> paged = new ArrayList<>(first.stream().map(MeetingRow::meetingId).toList());
            paged.add(second.get(0).meetingId());
            assertEquals(reports.courseMeetings(teacher, all, Optional.empty(), 10).stream()
                    .map(MeetingRow::meetingId).toList(), paged, "two pages give the list, in its order");
            assertEquals(started, Set.copyOf(paged), "the course's three meetings");
            assertTrue(first.get(0).started().compareTo(second.get(0).started()) >= 0, "newest first");
            assertEquals(List.of(first.get(0).meetingId()), reports.courseAttendance(teacher, new CoursePeriod(
                    maths.getId(), Optional.of(first.get(0).started()), Optional.empty()), Optional.empty(), 10)
                    .participants().keySet().stream().map(MeetingRow::meetingId).toList(), "from is inclusive");

            assertEquals("report.denied", assertThrows(AccessDeniedException.class,
                    () -> reports.courseMeetings(other, all, Optional.empty(), 2)).key());
            assertEquals("course.notFound", assertThrows(NotFoundException.class, () -> reports.courseMeetings(
                    a.rooms.user("admin", PlatformRole.ADMIN), CoursePeriod.all(-1), Optional.empty(), 2)).key());
        }
    }

    private static ReportFilter filter(ZoneId zone, Optional<Long> course, Optional<RoomType> type,
            Optional<Long> teacher) {
        LocalDate today = LocalDate.now(zone);
        return new ReportFilter(new ReportPeriod(today.minusDays(1), today.plusDays(1), zone), course, type, teacher);
    }

    private static Set<Long> ids(Page<MeetingRow> page) {
        return Set.copyOf(page.items().stream().map(MeetingRow::meetingId).toList());
    }
}

package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A course's named rooms ("Office hours"): who may add them, which names they take, where they are listed. */
class NamedRoomsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeacherAddsANamedRoomThatTheCoursePageListsAfterTheCourseRoomAndThatItsStudentsEnter(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            Actor student = f.member(course, CourseRole.STUDENT);

            RoomView added = f.rooms().addNamedRoom(teacher, course.getId(), "  Office hours ");
            assertEquals("Office hours · " + course.getTitle(), added.name());
            assertEquals(RoomType.COURSE, added.type());
            RoomView second = f.rooms().addNamedRoom(teacher, course.getId(), "Office hours");

            List<RoomView> listed = f.rooms().courseRooms(student, course.getId());
            assertEquals(List.of(course.getTitle(), added.name(), second.name()),
                    listed.stream().map(RoomView::name).toList(), "the course room first, then the named ones");
            assertEquals(List.of(added.publicId(), second.publicId()),
                    listed.subList(1, 3).stream().map(RoomView::publicId).toList(), "two rooms may share a name");
            assertEquals(Set.of(RoomAction.VIEW), listed.get(1).allowed(), "its students enter it");
            assertEquals(added.publicId(), f.rooms().byPublicId(teacher, added.publicId()).publicId());
            assertEquals(course.getTitle(), f.rooms().courseRoom(student, course.getId()).name(),
                    "the course room is still the course's own");

            f.rooms().start(teacher, added.publicId(), "/course.xhtml?code=X");
            assertEquals(1, f.meetings(added.publicId()).size(), "its teacher hosts it");
        }
    }

    @Test
    void studentsAndOutsidersMayNotAddOneAndAdminsMay() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2)) {
            Course course = f.course();
            Actor student = f.member(course, CourseRole.STUDENT);
            Actor otherTeacher = f.user("other", PlatformRole.TEACHER);
            Actor admin = f.user("admin", PlatformRole.ADMIN);

            assertEquals("room.named.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().addNamedRoom(student, course.getId(), "Sneaky")).key());
            assertEquals("room.named.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().addNamedRoom(otherTeacher, course.getId(), "Sneaky")).key());
            assertEquals(1, f.rooms().courseRooms(admin, course.getId()).size(), "nothing was added");

            f.rooms().addNamedRoom(admin, course.getId(), "Exam review");
            assertEquals(2, f.rooms().courseRooms(admin, course.getId()).size());
        }
    }

    @Test
    void aNameHasOneToAHundredCharacters() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);

            for (String wrong : new String[] {null, "", "   ", "x".repeat(101)}) {
                assertEquals("room.named.invalid", assertThrows(BusinessException.class,
                        () -> f.rooms().addNamedRoom(teacher, course.getId(), wrong)).key(), "name " + wrong);
            }
            String longest = "x".repeat(Room.NAME_LENGTH);
            assertEquals(longest + " · " + course.getTitle(),
                    f.rooms().addNamedRoom(teacher, course.getId(), longest).name());
        }
    }
}

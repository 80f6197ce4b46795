package org.bbbrooms.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bbbrooms.bbb.GetRecordingsRequest;
import org.bbbrooms.bbb.RecordingState;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseFilter;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deleting a course (a soft delete that hides it everywhere): with the platform setting off, its recordings stay on
 * the server and listed for admins; with it on, they are deleted on the server, those not synced yet included; if
 * the server refuses, the course is not deleted and the admin is told why.
 */
class CourseRetentionTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withTheSettingOffTheRecordingsStayListedForAdmins(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.on(db)) {
            Course course = f.rooms.course();
            Actor teacher = f.rooms.member(course, CourseRole.TEACHER);
            Actor admin = f.rooms.user("admin", PlatformRole.ADMIN);
            String room = f.rooms.courseRoom(course, teacher);
            Set<String> recorded = Set.of(f.record(teacher, room), f.record(teacher, room));
            f.process();
            f.recordings().refresh(teacher, room);

            delete(f, course);
            assertEquals("course.notFound", assertThrows(NotFoundException.class, () -> f.rooms.jpa.tx(em ->
                    IdentityServices.on(em).access().openCourse(admin, course.getCode()))).key(), "hidden everywhere");
            assertTrue(f.rooms.jpa.tx(em -> IdentityServices.on(em).courses()
                    .search(new CourseFilter(course.getCode(), null), PageRequest.firstPage(10))).items().isEmpty(),
                    "even from the admins' course list");
            assertEquals("recording.room.denied", assertThrows(AccessDeniedException.class,
                    () -> f.recordings().ofRoom(teacher, room)).key(), "its teacher no longer sees its room");
            assertEquals(2, f.recordings().search(admin, new RecordingFilter(course.getId(), null, null, null, null),
                    PageRequest.firstPage(10)).total(), "its recordings are listed for admins");
            assertEquals(2, f.recordings().ofRoom(admin, room).recordings().size());
            assertEquals(recorded, serverStates(f, recorded).keySet());
            assertFalse(serverStates(f, recorded).containsValue("deleted"), "and kept on the server");
            assertEquals("course.code.deleted", assertThrows(BusinessException.class, () -> f.rooms.jpa.tx(em ->
                    IdentityServices.on(em).courses().create(new Course(course.getCode(), "Again")))).key());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withTheSettingOnTheyAreDeletedOnTheServerUnlessItRefuses(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.on(db)) {
            f.rooms.settings.set(Setting.DELETE_RECORDINGS_WITH_COURSE, "true");
            RecordingFixture.Lesson lesson = f.lesson();
            Course course = lesson.course();
            Actor teacher = lesson.teacher();
            String room = lesson.room();
            String groupRoom = f.rooms.rooms().groupRoom(teacher, f.rooms.group(course).getId()).publicId();
            Set<String> recorded = Set.of(f.record(teacher, room), f.record(teacher, room), f.record(teacher, groupRoom));
            f.process();
            f.recordings().refresh(teacher, room);
            String notSyncedYet = f.record(teacher, room);

            f.rooms.settings.set(Setting.SERVER_SECRET, "not-the-shared-secret");
            BusinessException refused = assertThrows(BusinessException.class, () -> delete(f, course));
            assertEquals("course.delete.server.refused", refused.key());
            assertTrue(refused.args()[0].toString().contains("checksumError"), refused.args()[0].toString());
            assertFalse(f.rooms.jpa.tx(em -> em.find(Course.class, course.getId())).isDeleted(), "the course stays");
            assertEquals(2, f.stored(room).size(), "and so do its recordings");
            f.rooms.settings.set(Setting.SERVER_SECRET, RoomFixture.SECRET);

            delete(f, course);
            assertTrue(f.rooms.jpa.tx(em -> em.find(Course.class, course.getId())).isDeleted());
            assertEquals(List.of(), f.stored(room));
            assertEquals(List.of(), f.stored(groupRoom));
            Set<String> all = new java.util.HashSet<>(recorded);
            all.add(notSyncedYet);
            assertEquals(Set.of("deleted"), Set.copyOf(serverStates(f, all).values()),
                    "all four deleted on the server, the one not synced yet included");
        }
    }

    private static void delete(RecordingFixture f, Course course) {
        f.rooms.jpa.run(em -> IdentityServices.on(em).onCourseDeleted(f.retention()::onCourseDeleted).courses()
                .delete(course.getId()));
    }

    /** BBB's state of each meeting's recording, by meeting id. */
    private static java.util.Map<String, String> serverStates(RecordingFixture f, Set<String> meetingIds) {
        return f.rooms.settings.connection().client().getRecordings(GetRecordingsRequest.builder()
                .meetingIDs(List.copyOf(meetingIds)).state(RecordingState.ANY).build()).recordings().stream()
                .collect(Collectors.toMap(org.bbbrooms.bbb.Recording::meetingID, org.bbbrooms.bbb.Recording::state));
    }
}

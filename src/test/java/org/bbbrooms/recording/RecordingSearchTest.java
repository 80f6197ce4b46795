package org.bbbrooms.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.room.RoomType;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The admins' recordings page: every recording of the platform, filtered by course, room type, date and state, paged. */
class RecordingSearchTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void adminsFilterByCourseRoomTypeDateAndStateOnePageAtATime(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.onOwnDatabase(db)) {
            Actor admin = f.rooms.user("admin", PlatformRole.ADMIN);
            Course maths = f.rooms.course();
            Course physics = f.rooms.course();
            Actor teacher = f.rooms.member(maths, CourseRole.TEACHER);
            f.rooms.enroll(physics, teacher, CourseRole.TEACHER);
            String mathsRoom = f.rooms.courseRoom(maths, teacher);
            String physicsRoom = f.rooms.courseRoom(physics, teacher);
            String platformRoom = f.rooms.rooms().platformRoom(admin).publicId();
            f.record(teacher, mathsRoom);
            f.record(teacher, mathsRoom);
            f.record(teacher, physicsRoom);
            f.record(admin, platformRoom);
            f.process();
            f.background().runOnce();
            String unpublished = f.recordings().ofRoom(teacher, mathsRoom).recordings().get(0).recordId();
            f.recordings().publish(teacher, unpublished, false);

            Instant now = Instant.now();
            assertEquals(4, search(f, admin, RecordingFilter.ANY).total());
            assertEquals(2, search(f, admin, new RecordingFilter(maths.getId(), null, null, null, null)).total());
            assertEquals(1, search(f, admin, new RecordingFilter(null, RoomType.PLATFORM, null, null, null)).total());
            assertEquals(3, search(f, admin, new RecordingFilter(null, RoomType.COURSE, null, null, null)).total());
            Page<Recording> hidden = search(f, admin, new RecordingFilter(null, null, null, null,
                    RecordingStatus.UNPUBLISHED));
            assertEquals(List.of(unpublished), hidden.items().stream().map(Recording::getRecordId).toList());
            assertEquals(4, search(f, admin, new RecordingFilter(null, null, now.minus(Duration.ofHours(1)),
                    now.plus(Duration.ofHours(1)), null)).total());
            assertEquals(0, search(f, admin, new RecordingFilter(null, null, now.plus(Duration.ofHours(1)), null,
                    null)).total());
            assertEquals(0, search(f, admin, new RecordingFilter(null, null, null, now.minus(Duration.ofHours(1)),
                    null)).total());
            assertEquals(1, search(f, admin, new RecordingFilter(maths.getId(), RoomType.COURSE, null, null,
                    RecordingStatus.PUBLISHED)).total());

            Page<Recording> first = f.recordings().search(admin, RecordingFilter.ANY,
                    new PageRequest(0, 3, "startedAt", false));
            Page<Recording> second = f.recordings().search(admin, RecordingFilter.ANY,
                    new PageRequest(3, 3, "startedAt", false));
            assertEquals(3, first.items().size());
            assertEquals(1, second.items().size(), "one page at a time");
            assertEquals(4, second.total());
            assertEquals(platformRoom, first.items().get(0).getRoom().getPublicId(), "newest first");

            assertEquals("access.denied", assertThrows(AccessDeniedException.class,
                    () -> search(f, teacher, RecordingFilter.ANY)).key(), "for admins only");
        }
    }

    private static Page<Recording> search(RecordingFixture f, Actor actor, RecordingFilter filter) {
        return f.recordings().search(actor, filter, PageRequest.firstPage(10));
    }
}

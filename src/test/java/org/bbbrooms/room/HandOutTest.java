package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-out of join links fires MeetingJoined and MeetingClosed in the store's transactions, for features to
 * record with them; a meeting closed meanwhile hands out nothing and tells nobody. Every database.
 */
class HandOutTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void joinsAndClosesAreToldOnceAndAClosedMeetingHandsOutNoLink(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            List<Object> told = new CopyOnWriteArrayList<>();
            f.joined.observe(told::add);
            f.closed.observe(told::add);
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            String room = f.courseRoom(course, teacher);

            f.rooms().start(teacher, room, "/");
            Meeting meeting = f.meetings(room).get(0);
            MeetingJoined joined = (MeetingJoined) told.get(0);
            assertEquals(new MeetingJoined(meeting.getId(), meeting.getBbbMeetingId(), teacher.userId(),
                    String.valueOf(teacher.userId()), teacher.displayName(), Role.MODERATOR, joined.at()), joined);

            f.rooms().end(teacher, room);
            Meeting ended = f.meetings(room).get(0);
            MeetingClosed closed = (MeetingClosed) told.get(1);
            assertEquals(new MeetingClosed(meeting.getId(), meeting.getBbbMeetingId(), CloseReason.ENDED,
                    closed.at()), closed);
            assertTrue(Duration.between(ended.getClosedAt().orElseThrow(), closed.at()).abs().toMillis() < 1,
                    "told when it was closed");

            MeetingJoined late = new MeetingJoined(meeting.getId(), meeting.getBbbMeetingId(), teacher.userId(),
                    String.valueOf(teacher.userId()), teacher.displayName(), Role.MODERATOR, Instant.now());
            assertEquals("room.notRunning", assertThrows(BusinessException.class, () -> f.store.handOut(late)).key());
            assertEquals(2, told.size(), "nobody was told of a join into a closed meeting");
        }
    }
}

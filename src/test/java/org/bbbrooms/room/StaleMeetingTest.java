package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A meeting the portal thinks open but BBB does not is closed on the next look, so that it never blocks anyone. */
class StaleMeetingTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMeetingEndedBehindThePortalsBackIsClosedOnTheNextLookAndTheRoomStartsAgain(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            String room = f.courseRoom(course, teacher);
            URI first = f.rooms().start(teacher, room, "/");
            f.follow(first);
            f.settings.connection().client().end(EndRequest.of(RoomFixture.param(first, "meetingID")));
            f.cacheClock.advance(Duration.ofSeconds(6));

            long asked = f.calls("getMeetingInfo");
            assertEquals(RoomStatus.State.NOT_STARTED, f.rooms().courseRoom(teacher, course.getId()).status().state());
            assertEquals(asked + 1, f.calls("getMeetingInfo"), "BBB answered notFound once");
            assertEquals(CloseReason.STALE, f.meetings(room).get(0).getCloseReason().orElseThrow());
            assertEquals(Map.of("room", RoomEvents.pushKey(room), "event", "ended"), f.pushed().get(1));

            URI second = f.rooms().start(teacher, room, "/");
            assertNotEquals(RoomFixture.param(first, "meetingID"), RoomFixture.param(second, "meetingID"),
                    "each start has a new BBB meeting id");
            List<Meeting> meetings = f.meetings(room);
            assertEquals(2, meetings.size());
            assertEquals(true, meetings.get(1).isOpen());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMeetingNobodyJoinedWithinTheGracePeriodIsClosed(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            String room = f.courseRoom(course, teacher);
            f.rooms().start(teacher, room, "/");
            assertEquals(RoomStatus.State.RUNNING, f.rooms().courseRoom(teacher, course.getId()).status().state(),
                    "within the grace period, a meeting nobody joined yet is open");

            f.reconciler.staleGraceSeconds = 0;
            assertEquals(RoomStatus.State.NOT_STARTED, f.rooms().courseRoom(teacher, course.getId()).status().state());
            assertEquals(CloseReason.STALE, f.meetings(room).get(0).getCloseReason().orElseThrow());
        }
    }
}

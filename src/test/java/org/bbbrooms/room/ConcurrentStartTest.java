package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.sandbox.FaultMode;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two teachers pressing Start at the same moment, or one pressing it eight times: real threads, each with its own
 * service and transactions, released together on a room that does not even exist yet; and a start on a second node
 * while the first node's create waits for BBB.
 */
class ConcurrentStartTest {

    private static final int THREADS = 8;

    /** A course and two of its teachers. */
    private record Teachers(Course course, Actor first, Actor second) {

        static Teachers of(RoomFixture f) {
            Course course = f.course();
            return new Teachers(course, f.member(course, CourseRole.TEACHER), f.member(course, CourseRole.TEACHER));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentFirstViewsAndStartsMakeOneRoomAndOneMeeting(TestDatabase db) throws Exception {
        try (RoomFixture f = RoomFixture.on(db)) {
            Teachers t = Teachers.of(f);
            Course course = t.course();
            Actor first = t.first();
            Actor second = t.second();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<URI>> links = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Actor teacher = i % 2 == 0 ? first : second;
                links.add(threads.submit(() -> {
                    RoomService rooms = f.rooms();
                    go.await();
                    String room = rooms.courseRoom(teacher, course.getId()).publicId();
                    return rooms.start(teacher, room, "/course.xhtml");
                }));
            }
            go.countDown();
            Set<String> meetingIds = new java.util.HashSet<>();
            for (Future<URI> link : links) {
                URI joined = link.get(60, TimeUnit.SECONDS);
                assertEquals("MODERATOR", RoomFixture.param(joined, "role"));
                meetingIds.add(RoomFixture.param(joined, "meetingID"));
            }
            threads.shutdown();

            assertEquals(1, meetingIds.size(), "every start joins the same BBB meeting");
            String room = f.courseRoom(course, first);
            List<Meeting> meetings = f.meetings(room);
            assertEquals(1, meetings.size(), "one meeting record: " + meetings);
            assertTrue(meetings.get(0).isOpen());
            assertEquals(meetingIds, Set.of(meetings.get(0).getBbbMeetingId()));
            assertEquals(meetingIds, f.settings.connection().client().getMeetings().stream()
                    .map(m -> m.meetingID()).collect(Collectors.toSet()), "one meeting at BBB");
            assertEquals(1, f.calls("create"), "the losers wait for the winner's meeting instead of creating");
            assertEquals(1, f.pushed().size(), "browsers are told once");
            long rooms = f.jpa.tx(em -> em.createQuery("select count(r) from Room r where r.contextKey = :key",
                    Long.class).setParameter("key", RoomKey.course(course.getId()).value()).getSingleResult());
            assertEquals(1, rooms, "one room for the course");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStartOnAnotherNodeWhileBbbCreatesTheMeetingIsToldSoAtOnceAndThenJoinsIt(TestDatabase db) throws Exception {
        try (RoomFixture f = RoomFixture.on(db)) {
            Teachers t = Teachers.of(f);
            String room = f.courseRoom(t.course(), t.first());
            f.sandbox.injectFault("create", FaultMode.HANG, 1, Duration.ofMillis(800));
            ExecutorService node = Executors.newSingleThreadExecutor();
            Future<URI> firstLink = node.submit(() -> f.rooms().start(t.first(), room, "/course.xhtml"));
            Await.until(Duration.ofSeconds(5), () -> f.calls("create") == 1, "the first node's create under way");

            StartsInFlight otherNode = new StartsInFlight();
            assertThrows(MeetingStarting.class, () -> f.rooms(otherNode).start(t.second(), room, "/course.xhtml"));
            assertFalse(firstLink.isDone(), "told before BBB answered the first node, rather than kept waiting");
            String meetingId = RoomFixture.param(firstLink.get(10, TimeUnit.SECONDS), "meetingID");
            node.shutdown();
            assertEquals(1, f.pushed().size(), "the push that brings the second teacher in");

            URI secondLink = f.rooms(otherNode).start(t.second(), room, "/course.xhtml");
            assertEquals("MODERATOR", RoomFixture.param(secondLink, "role"));
            assertEquals(meetingId, RoomFixture.param(secondLink, "meetingID"), "the one meeting");
            assertEquals(1, f.calls("create"));
        }
    }
}

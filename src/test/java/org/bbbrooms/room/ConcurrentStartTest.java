package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two teachers pressing Start at the same moment, or one pressing it eight times: real threads, each with its own
 * service and transactions, released together on a room that does not even exist yet.
 */
class ConcurrentStartTest {

    private static final int THREADS = 8;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentFirstViewsAndStartsMakeOneRoomAndOneMeeting(TestDatabase db) throws Exception {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor first = f.member(course, CourseRole.TEACHER);
            Actor second = f.member(course, CourseRole.TEACHER);
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
}

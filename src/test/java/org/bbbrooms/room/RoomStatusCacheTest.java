package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.sandbox.FaultMode;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Page renders read room states from the cache: many concurrent and repeated renders of a course page cost BBB one
 * getMeetingInfo per running room per cache period, and none for a room without a meeting; with BBB down or hanging
 * the rooms say "unavailable" instead of holding the page.
 */
class RoomStatusCacheTest {

    private static final int AT_ONCE = 25;
    private static final int RENDERS = 100;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentAndRepeatedRendersCostOneCallPerRunningRoomPerPeriod(TestDatabase db) throws Exception {
        try (RoomFixture f = RoomFixture.on(db, "http://127.0.0.1:9/portal")) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            Actor student = f.member(course, CourseRole.STUDENT);
                                    CourseGroup a = f.group(course, student);
            f.group(course);
            f.rooms().start(teacher, f.rooms().courseRoom(teacher, course.getId()).publicId(), "/");
            f.rooms().start(teacher, f.rooms().groupRoom(teacher, a.getId()).publicId(), "/");
            assertEquals(0, f.calls("getMeetingInfo"), "our own starts filled the cache");

            f.cacheClock.advance(Duration.ofSeconds(6));
            // BBB is slow to answer, so that the renders come while the calls are under way; on a loaded machine
            // the answers may take as long as a page waits for them
            f.timeouts(RoomFixture.REQUEST_TIMEOUT, RoomFixture.STATUS_WAIT);
            f.sandbox.injectFault("getMeetingInfo", FaultMode.HANG, 2, Duration.ofMillis(100));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
            List<Future<List<RoomView>>> renders = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                Actor who = i % 2 == 0 ? teacher : student;
                renders.add(threads.submit(() -> {
                    RoomService rooms = f.rooms();
                    go.await();
                    return rooms.courseRooms(who, course.getId());
                }));
            }
            go.countDown();
            for (Future<List<RoomView>> render : renders) {
                List<RoomView> rooms = render.get(30, TimeUnit.SECONDS);
                assertEquals(2, rooms.stream().filter(r -> r.status().state() == RoomStatus.State.RUNNING).count(),
                        () -> "both started rooms run: " + rooms.stream().map(r -> r.status().state()).toList());
            }
            threads.shutdown();
            assertEquals(2, f.calls("getMeetingInfo"), "one call per running room, shared by all renders");

            for (int i = AT_ONCE; i < RENDERS; i++) {
                f.rooms().courseRooms(student, course.getId());
            }
            assertEquals(2, f.calls("getMeetingInfo"), RENDERS + " renders within the period: one call per running room");

            f.cacheClock.advance(Duration.ofSeconds(6));
            assertEquals(3, f.rooms().courseRooms(teacher, course.getId()).size());
            assertEquals(4, f.calls("getMeetingInfo"), "the next period asks again, once per running room");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withBbbHangingOrDownTheRoomIsUnavailableButStillOpen(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            Actor student = f.member(course, CourseRole.STUDENT);
            String room = f.courseRoom(course, teacher);
            f.rooms().start(teacher, room, "/");

            f.timeouts(RoomFixture.REQUEST_TIMEOUT, Duration.ofMillis(200));
            f.sandbox.injectFault("getMeetingInfo", FaultMode.HANG, 1, Duration.ofSeconds(2));
            f.cacheClock.advance(Duration.ofSeconds(6));
            RoomView hanging = f.rooms().courseRoom(student, course.getId());
            assertEquals(RoomStatus.State.UNAVAILABLE, hanging.status().state());
            assertTrue(hanging.may(RoomAction.JOIN), "the meeting is open: joining is still offered");
            for (int i = 0; i < 5; i++) {
                assertEquals(RoomStatus.State.UNAVAILABLE, f.rooms().courseRoom(student, course.getId())
                        .status().state());
            }
            assertEquals(1, f.calls("getMeetingInfo"), "the failure is cached for the period too");

            f.settings.set(Setting.SERVER_URL, "http://127.0.0.1:9/bigbluebutton");
            f.cacheClock.advance(Duration.ofSeconds(6));
            assertEquals(RoomStatus.State.UNAVAILABLE, f.rooms().courseRoom(student, course.getId()).status().state());
            assertTrue(f.meetings(room).get(0).isOpen(), "an unreachable server does not make a meeting stale");
        }
    }
}

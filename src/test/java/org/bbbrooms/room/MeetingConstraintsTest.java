package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database itself holds the meetings' invariants on all three engines: one open meeting per room, a voice
 * bridge used by one open meeting at a time, and both freed once the meeting is closed.
 */
class MeetingConstraintsTest {

    private static final MeetingPlan PLAN = new MeetingPlan("", false, 0, 0);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneOpenMeetingPerRoomAndOneOpenMeetingPerVoiceBridge(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Jpa jpa = f.jpa;
            Actor teacher = f.user("teach", PlatformRole.TEACHER);
            Room first = room(f, f.course());
            Room second = room(f, f.course());
            int bridge = freeVoiceBridge(jpa);
            Meeting open = jpa.tx(em -> persist(em, new Meeting(em.find(Room.class, first.getId()), teacher.userId(),
                    PLAN, bridge, CallbackToken.random(), Instant.now())));

            assertThrows(PersistenceException.class, () -> jpa.run(em -> persist(em, new Meeting(
                    em.find(Room.class, first.getId()), teacher.userId(), PLAN, bridge + 1, CallbackToken.random(),
                    Instant.now()))), "a second open meeting in the room");
            assertThrows(PersistenceException.class, () -> jpa.run(em -> persist(em, new Meeting(
                    em.find(Room.class, second.getId()), teacher.userId(), PLAN, bridge, CallbackToken.random(),
                    Instant.now()))), "the voice bridge of an open meeting");

            assertTrue(f.store.close(open.getId(), CloseReason.ENDED, Instant.now()).isPresent());
            assertFalse(f.store.close(open.getId(), CloseReason.STALE, Instant.now()).isPresent(), "closed once");
            jpa.run(em -> persist(em, new Meeting(em.find(Room.class, first.getId()), teacher.userId(), PLAN, bridge,
                    CallbackToken.random(), Instant.now())));
            assertEquals(2, f.meetings(first.getPublicId()).size(), "room and voice bridge are free again");
            assertEquals(CloseReason.ENDED, f.meetings(first.getPublicId()).get(0).getCloseReason().orElseThrow());
        }
    }

    /** Two free voice bridges in a row: other tests of the run may have meetings open in the same schema. */
    private static int freeVoiceBridge(Jpa jpa) {
        List<Integer> used = jpa.tx(em -> em.createQuery(
                "select m.voiceBridge from Meeting m where m.openVoiceBridge is not null", Integer.class).getResultList());
        int bridge = 10_000;
        while (used.contains(bridge) || used.contains(bridge + 1)) {
            bridge += 2;
        }
        return bridge;
    }

    private static Room room(RoomFixture f, Course course) {
        return f.store.insertRoom(RoomKey.course(course.getId())).orElseThrow();
    }

    private static Meeting persist(EntityManager em, Meeting meeting) {
        em.persist(meeting);
        em.flush();
        return meeting;
    }
}

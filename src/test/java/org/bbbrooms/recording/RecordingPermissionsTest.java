package org.bbbrooms.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.room.RoomAction;
import org.bbbrooms.room.RoomType;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may do what with recordings, for every action over every room type and role, through the service (so that a
 * forged request gets the same answer as the page). Managers (course teachers, the personal room's owner, admins)
 * list everything and every action works for them; viewers (whoever may enter the room, group members who may start
 * their group's room included) see only the published, unhidden recordings and every action is refused; others
 * see nothing. A refused action changes nothing.
 */
class RecordingPermissionsTest {

    /** What an actor may do with a room's recordings. */
    private enum Rights {
        MANAGE, VIEW, NONE
    }

    /** The three recordings every room has before the actors try: one students see, one hidden, one unpublished. */
    private record Room(RoomType type, String publicId, String visible, String hidden, String unpublished,
            Deque<String> deletable) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyActionOverEveryRoleAndRoomType(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.on(db)) {
            f.rooms.settings.set(Setting.STUDENTS_START_GROUP_ROOMS, "true");
            Actor admin = f.rooms.user("admin", PlatformRole.ADMIN);
            Course course = f.rooms.course();
            Actor teacher = f.rooms.member(course, CourseRole.TEACHER);
            Actor member = f.rooms.member(course, CourseRole.STUDENT);
            Actor classmate = f.rooms.member(course, CourseRole.STUDENT);
            Actor otherTeacher = f.rooms.user("teach", PlatformRole.TEACHER);
            Actor owner = f.rooms.user("owner", PlatformRole.STUDENT);
            CourseGroup group = f.rooms.group(course, member);

            Room courseRoom = room(f, RoomType.COURSE, f.rooms.courseRoom(course, teacher), teacher, 2);
            Room groupRoom = room(f, RoomType.GROUP, f.rooms.rooms().groupRoom(teacher, group.getId()).publicId(),
                    teacher, 2);
            Room platformRoom = room(f, RoomType.PLATFORM, f.rooms.rooms().platformRoom(admin).publicId(), admin, 1);
            Room personalRoom = room(f, RoomType.PERSONAL, f.rooms.rooms().personalRoom(owner).publicId(), owner, 2);
            assertTrue(f.rooms.rooms().groupRoom(member, group.getId()).may(RoomAction.START),
                    "the group's member may start its room");

            Map<String, Rights> course1 = rights(admin, Rights.MANAGE, teacher, Rights.MANAGE, member, Rights.VIEW,
                    classmate, Rights.VIEW, otherTeacher, Rights.NONE, owner, Rights.NONE);
            Map<String, Rights> group1 = rights(admin, Rights.MANAGE, teacher, Rights.MANAGE, member, Rights.VIEW,
                    classmate, Rights.NONE, otherTeacher, Rights.NONE, owner, Rights.NONE);
            Map<String, Rights> platform1 = rights(admin, Rights.MANAGE, teacher, Rights.VIEW, member, Rights.VIEW,
                    classmate, Rights.VIEW, otherTeacher, Rights.VIEW, owner, Rights.VIEW);
            Map<String, Rights> personal1 = rights(admin, Rights.MANAGE, teacher, Rights.VIEW, member, Rights.VIEW,
                    classmate, Rights.VIEW, otherTeacher, Rights.VIEW, owner, Rights.MANAGE);
            List<Actor> everybody = List.of(admin, teacher, member, classmate, otherTeacher, owner);
            for (Map.Entry<Room, Map<String, Rights>> matrix : Map.of(courseRoom, course1, groupRoom, group1,
                    platformRoom, platform1, personalRoom, personal1).entrySet()) {
                for (Actor actor : everybody) {
                    check(f, matrix.getKey(), actor, matrix.getValue().get(actor.username()));
                }
                assertTrue(matrix.getKey().deletable().isEmpty(), "every manager deleted one");
            }
        }
    }

    /** A room with its three recordings and one more for each manager to delete, all processed and synced. */
    private static Room room(RecordingFixture f, RoomType type, String publicId, Actor host, int managers) {
        for (int i = 0; i < 3 + managers; i++) {
            f.record(host, publicId);
        }
        f.process();
        List<String> ids = f.recordings().refresh(host, publicId).recordings().stream()
                .map(RecordingView::recordId).toList();
        f.recordings().hide(host, ids.get(1), true);
        f.recordings().publish(host, ids.get(2), false);
        return new Room(type, publicId, ids.get(0), ids.get(1), ids.get(2), new ArrayDeque<>(ids.subList(3, ids.size())));
    }

    private static void check(RecordingFixture f, Room room, Actor actor, Rights rights) {
        String who = actor.username() + " in the " + room.type() + " room";
        RecordingService service = f.recordings();
        switch (rights) {
            case MANAGE -> {
                RoomRecordings all = service.ofRoom(actor, room.publicId());
                assertTrue(all.mayManage(), who);
                assertTrue(ids(all).containsAll(List.of(room.visible(), room.hidden(), room.unpublished())), who);
                assertEquals(ids(all), ids(service.refresh(actor, room.publicId())), who + ": refresh");
                service.publish(actor, room.visible(), false);
                assertEquals(RecordingStatus.UNPUBLISHED, stored(f, room.visible()).getStatus(), who);
                assertEquals("unpublished", serverState(f, room.visible()), who + ": unpublished on the server");
                service.publish(actor, room.visible(), true);
                assertEquals("published", serverState(f, room.visible()), who);
                service.hide(actor, room.visible(), true);
                assertTrue(stored(f, room.visible()).isHidden(), who);
                service.hide(actor, room.visible(), false);
                service.rename(actor, room.visible(), "Renamed by " + actor.username(), "");
                assertEquals("Renamed by " + actor.username(), stored(f, room.visible()).getName(), who);
                String victim = room.deletable().pop();
                service.delete(actor, victim);
                assertTrue(f.store.byRecordId(victim).isEmpty(), who + ": deleted");
            }
            case VIEW -> {
                RoomRecordings shown = service.ofRoom(actor, room.publicId());
                assertFalse(shown.mayManage(), who);
                assertTrue(ids(shown).contains(room.visible()), who);
                assertFalse(ids(shown).contains(room.hidden()) || ids(shown).contains(room.unpublished()),
                        who + " sees only published, unhidden recordings");
                everyActionIsRefused(f, room, actor, who);
            }
            case NONE -> {
                assertEquals("recording.room.denied", assertThrows(AccessDeniedException.class,
                        () -> service.ofRoom(actor, room.publicId())).key(), who);
                everyActionIsRefused(f, room, actor, who);
            }
        }
    }

    private static void everyActionIsRefused(RecordingFixture f, Room room, Actor actor, String who) {
        RecordingService service = f.recordings();
        Map<String, Long> before = versions(f, room);
        String target = room.visible();
        List<Runnable> actions = List.of(
                () -> service.refresh(actor, room.publicId()),
                () -> service.publish(actor, room.unpublished(), true),
                () -> service.publish(actor, target, false),
                () -> service.hide(actor, target, true),
                () -> service.hide(actor, room.hidden(), false),
                () -> service.rename(actor, target, "Taken over", ""),
                () -> service.delete(actor, target));
        for (Runnable action : actions) {
            assertEquals("recording.denied", assertThrows(AccessDeniedException.class, action::run).key(), who);
        }
        assertEquals(before, versions(f, room), who + ": refused actions change nothing");
        assertEquals("published", serverState(f, target), who);
    }

    private static Map<String, Rights> rights(Object... pairs) {
        Map<String, Rights> rights = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            rights.put(((Actor) pairs[i]).username(), (Rights) pairs[i + 1]);
        }
        return rights;
    }

    private static List<String> ids(RoomRecordings list) {
        return list.recordings().stream().map(RecordingView::recordId).toList();
    }

    private static Recording stored(RecordingFixture f, String recordId) {
        return f.store.byRecordId(recordId).orElseThrow();
    }

    private static Map<String, Long> versions(RecordingFixture f, Room room) {
        return f.stored(room.publicId()).stream().collect(Collectors.toMap(Recording::getRecordId,
                Recording::getVersion));
    }

    private static String serverState(RecordingFixture f, String recordId) {
        return f.rooms.settings.connection().client().getRecordings(org.bbbrooms.bbb.GetRecordingsRequest.builder()
                .recordIDs(List.of(recordId)).state(org.bbbrooms.bbb.RecordingState.ANY).build())
                .recordings().get(0).state();
    }
}

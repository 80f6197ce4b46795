package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.settings.CourseRoomSettings;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Group, personal and platform rooms, and a full room, as the service enforces them with the real settings. */
class RoomTypesTest {

    private static final String BACK = "/index.xhtml";

    private static void courseSettings(RoomFixture f, Course course, Actor teacher, Boolean studentsStart,
            Integer max) {
        f.jpa.run(em -> {
            CourseRoomSettings edited = new CourseRoomSettings(course.getId());
            edited.setStudentsStartGroupRooms(studentsStart);
            edited.setMaxParticipants(max);
            f.settings.courseSettings(em, IdentityServices.on(em).enrollments()).save(teacher, edited);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void groupMembersStartTheirRoomOnlyWhenStudentsMayAndOtherGroupsStayOut(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            Actor member = f.member(course, CourseRole.STUDENT);
            Actor other = f.member(course, CourseRole.STUDENT);
            CourseGroup group = f.group(course, member);
            f.group(course, other);

            String room = f.rooms().groupRoom(member, group.getId()).publicId();
            assertEquals("room.start.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().start(member, room, BACK)).key());
            assertEquals("room.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().groupRoom(other, group.getId())).key());
            assertEquals(List.of(), f.rooms().groupRooms(other, group.getId()));
            assertEquals(3, f.rooms().courseRooms(teacher, course.getId()).size(), "course room and two groups");
            assertEquals(2, f.rooms().courseRooms(other, course.getId()).size(), "course room and their group");

            courseSettings(f, course, teacher, true, null);
            URI link = f.rooms().start(member, room, BACK);
            assertEquals("MODERATOR", RoomFixture.param(link, "role"), "members start and moderate");
            assertEquals("room.end.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().end(member, room)).key(), "but do not end it for everybody");
            assertEquals("MODERATOR", RoomFixture.param(f.rooms().join(teacher, room, BACK), "role"));
            f.rooms().end(teacher, room);

            f.settings.set(Setting.GROUP_ROOMS, "false");
            assertEquals(List.of(), f.rooms().groupRooms(member, group.getId()));
            assertEquals("room.disabled", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().byPublicId(teacher, room)).key());
            assertEquals(1, f.rooms().courseRooms(teacher, course.getId()).size(), "only the course room is left");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPersonalRoomIsHostedByItsOwnerJoinedByLinkAndModeratedByAdmins(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Actor owner = f.user("owner", PlatformRole.STUDENT);
            Actor guest = f.user("guest", PlatformRole.TEACHER);
            Actor admin = f.user("admin", PlatformRole.ADMIN);
            RoomView mine = f.rooms().personalRoom(owner);
            assertEquals(RoomType.PERSONAL, mine.type());
            assertEquals(owner.displayName(), mine.name());
            assertEquals(URI.create(f.publicUrl() + "/room.xhtml?id=" + mine.publicId()), mine.shareLink());
            assertEquals(mine.publicId(), f.rooms().personalRoom(owner).publicId(), "one room per owner");
            assertTrue(f.rooms().homeRooms(owner).stream().anyMatch(r -> r.publicId().equals(mine.publicId())));

            assertEquals("room.notRunning", assertThrows(BusinessException.class,
                    () -> f.rooms().join(guest, mine.publicId(), BACK)).key());
            assertEquals("room.start.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().start(admin, mine.publicId(), BACK)).key());
            assertEquals("MODERATOR", RoomFixture.param(f.rooms().start(owner, mine.publicId(), BACK), "role"));
            assertEquals("VIEWER", RoomFixture.param(f.rooms().join(guest, mine.publicId(), BACK), "role"));
            assertEquals("MODERATOR", RoomFixture.param(f.rooms().join(admin, mine.publicId(), BACK), "role"));
            f.rooms().end(admin, mine.publicId());

            f.settings.set(Setting.PERSONAL_ROOMS, "false");
            assertTrue(f.rooms().homeRooms(owner).stream().noneMatch(r -> r.type() == RoomType.PERSONAL));
            assertEquals("room.disabled", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().byPublicId(guest, mine.publicId())).key());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePlatformRoomIsStartedByAdminsAndJoinedByTheAllowedRoles(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            f.settings.set(Setting.PLATFORM_ROOM_ROLES, "TEACHER");
            Actor admin = f.user("admin", PlatformRole.ADMIN);
            Actor teacher = f.user("teach", PlatformRole.TEACHER);
            Actor student = f.user("stud", PlatformRole.STUDENT);
            RoomView platform = f.rooms().platformRoom(teacher);
            assertEquals("Platform room", platform.name());
            assertTrue(f.rooms().homeRooms(student).stream().noneMatch(r -> r.type() == RoomType.PLATFORM));
            assertEquals("room.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().platformRoom(student)).key());
            assertEquals("room.start.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().start(teacher, platform.publicId(), BACK)).key());

            assertEquals("MODERATOR", RoomFixture.param(f.rooms().start(admin, platform.publicId(), BACK), "role"));
            assertEquals("VIEWER", RoomFixture.param(f.rooms().join(teacher, platform.publicId(), BACK), "role"));
            f.rooms().end(admin, platform.publicId());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFullRoomTurnsNewcomersAwayAndBbbHoldsTheLimitToo(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            Actor student = f.member(course, CourseRole.STUDENT);
                                    courseSettings(f, course, teacher, null, 1);
            String room = f.courseRoom(course, teacher);
            URI teacherLink = f.rooms().start(teacher, room, BACK);
            f.follow(teacherLink);
            URI earlyLink = f.rooms().join(student, room, BACK);
            f.cacheClock.advance(Duration.ofSeconds(6));

            RoomView full = f.rooms().courseRoom(student, course.getId());
            assertEquals(RoomStatus.State.FULL, full.status().state());
            assertEquals(1, full.status().maxParticipants());
            BusinessException refused = assertThrows(BusinessException.class, () -> f.rooms().join(student, room, BACK));
            assertEquals("room.full", refused.key());
            assertEquals(List.of(1), List.of(refused.args()));
            assertEquals("VIEWER", RoomFixture.param(earlyLink, "role"));
            URI bbbAnswer = f.follow(earlyLink);
            assertTrue(bbbAnswer.toString().startsWith(f.publicUrl() + "/room-return?room=" + room + "&errors=")
                    && bbbAnswer.getRawQuery().contains("maxParticipantsReached"),
                    "a link given before the room filled up is refused by BBB itself, back to the portal: " + bbbAnswer);
            assertEquals(Optional.of(JoinRefusal.FULL), JoinRefusal.of(RoomFixture.param(bbbAnswer, "errors")),
                    "which tells the user that the room is full");
            assertEquals(1, f.settings.connection().client().getMeetingInfo(RoomFixture.param(teacherLink,
                    "meetingID")).participantCount());
            assertEquals("MODERATOR", RoomFixture.param(f.rooms().join(teacher, room, BACK), "role"),
                    "someone already in may come back");
        }
    }
}

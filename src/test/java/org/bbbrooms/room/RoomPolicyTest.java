package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.PlatformRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, as a table written out by hand from issue 4: every kind of user against every room type, with
 * "students may start group rooms" on and off, while no meeting runs and while one does. Actions: V view, J join,
 * S start, M moderate (join as MODERATOR), E end, R manage recordings. The platform room is open to the TEACHER
 * platform role (and admins) in this table.
 */
class RoomPolicyTest {

    private static final Set<PlatformRole> PLATFORM_ROOM_ROLES = EnumSet.of(PlatformRole.TEACHER);

    /** The users of the table, as the room's facts describe them (a course room's or a group room's course). */
    enum Who {
        ADMIN(PlatformRole.ADMIN, null, false, false),
        COURSE_TEACHER(PlatformRole.TEACHER, CourseRole.TEACHER, false, false),
        OTHER_TEACHER(PlatformRole.TEACHER, null, false, false),
        ENROLLED_STUDENT(PlatformRole.STUDENT, CourseRole.STUDENT, false, false),
        GROUP_MEMBER(PlatformRole.STUDENT, CourseRole.STUDENT, true, false),
        OTHER_GROUPS_STUDENT(PlatformRole.STUDENT, CourseRole.STUDENT, false, false),
        NON_ENROLLED_STUDENT(PlatformRole.STUDENT, null, false, false),
        OWNER(PlatformRole.STUDENT, null, false, true),
        OTHER_USER(PlatformRole.STUDENT, null, false, false);

        final PlatformRole role;
        final CourseRole courseRole;
        final boolean member;
        final boolean owner;

        Who(PlatformRole role, CourseRole courseRole, boolean member, boolean owner) {
            this.role = role;
            this.courseRole = courseRole;
            this.member = member;
            this.owner = owner;
        }

        Actor actor() {
            return new Actor(ordinal() + 1, name().toLowerCase(), name(), role);
        }

        RoomFacts facts(RoomType type, boolean enabled, boolean studentsMayStart, boolean running) {
            return new RoomFacts(type, enabled, Optional.ofNullable(courseRole), member, owner, studentsMayStart,
                    PLATFORM_ROOM_ROLES, running);
        }
    }

    @ParameterizedTest(name = "{0} room, {1}, students may start: {2} -> {3} / running: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            COURSE   | ADMIN                | true  | V S M E R | V J S M E R
            COURSE   | COURSE_TEACHER       | true  | V S M E R | V J S M E R
            COURSE   | OTHER_TEACHER        | true  | -         | -
            COURSE   | ENROLLED_STUDENT     | true  | V         | V J
            COURSE   | GROUP_MEMBER         | true  | V         | V J
            COURSE   | OTHER_GROUPS_STUDENT | true  | V         | V J
            COURSE   | NON_ENROLLED_STUDENT | true  | -         | -
            COURSE   | OWNER                | true  | -         | -
            COURSE   | OTHER_USER           | true  | -         | -
            GROUP    | ADMIN                | false | V S M E R | V J S M E R
            GROUP    | COURSE_TEACHER       | false | V S M E R | V J S M E R
            GROUP    | OTHER_TEACHER        | false | -         | -
            GROUP    | ENROLLED_STUDENT     | false | -         | -
            GROUP    | GROUP_MEMBER         | false | V         | V J
            GROUP    | OTHER_GROUPS_STUDENT | false | -         | -
            GROUP    | NON_ENROLLED_STUDENT | false | -         | -
            GROUP    | OWNER                | false | -         | -
            GROUP    | OTHER_USER           | false | -         | -
            GROUP    | ADMIN                | true  | V S M E R | V J S M E R
            GROUP    | COURSE_TEACHER       | true  | V S M E R | V J S M E R
            GROUP    | OTHER_TEACHER        | true  | -         | -
            GROUP    | ENROLLED_STUDENT     | true  | -         | -
            GROUP    | GROUP_MEMBER         | true  | V S M     | V J S M
            GROUP    | OTHER_GROUPS_STUDENT | true  | -         | -
            GROUP    | NON_ENROLLED_STUDENT | true  | -         | -
            GROUP    | OWNER                | true  | -         | -
            GROUP    | OTHER_USER           | true  | -         | -
            PLATFORM | ADMIN                | true  | V S M E R | V J S M E R
            PLATFORM | COURSE_TEACHER       | true  | V         | V J
            PLATFORM | OTHER_TEACHER        | true  | V         | V J
            PLATFORM | ENROLLED_STUDENT     | true  | -         | -
            PLATFORM | GROUP_MEMBER         | true  | -         | -
            PLATFORM | OTHER_GROUPS_STUDENT | true  | -         | -
            PLATFORM | NON_ENROLLED_STUDENT | true  | -         | -
            PLATFORM | OWNER                | true  | -         | -
            PLATFORM | OTHER_USER           | true  | -         | -
            PERSONAL | ADMIN                | true  | V M E     | V J M E
            PERSONAL | COURSE_TEACHER       | true  | V         | V J
            PERSONAL | OTHER_TEACHER        | true  | V         | V J
            PERSONAL | ENROLLED_STUDENT     | true  | V         | V J
            PERSONAL | GROUP_MEMBER         | true  | V         | V J
            PERSONAL | OTHER_GROUPS_STUDENT | true  | V         | V J
            PERSONAL | NON_ENROLLED_STUDENT | true  | V         | V J
            PERSONAL | OWNER                | true  | V S M E R | V J S M E R
            PERSONAL | OTHER_USER           | true  | V         | V J
            """)
    void whoMayDoWhat(RoomType type, Who who, boolean studentsMayStart, String notRunning, String running) {
        assertEquals(actions(notRunning), RoomPolicy.allowed(who.actor(), who.facts(type, true, studentsMayStart, false)),
                "no meeting running");
        assertEquals(actions(running), RoomPolicy.allowed(who.actor(), who.facts(type, true, studentsMayStart, true)),
                "a meeting running");
    }

    static Stream<Arguments> everyoneInEveryRoom() {
        return Stream.of(RoomType.values()).flatMap(type -> Stream.of(Who.values()).map(who -> Arguments.of(type, who)));
    }

    @ParameterizedTest(name = "{0} room turned off: {1} may do nothing")
    @MethodSource("everyoneInEveryRoom")
    void aRoomTurnedOffAllowsNothingToAnyone(RoomType type, Who who) {
        for (boolean running : new boolean[] {false, true}) {
            assertEquals(Set.of(), RoomPolicy.allowed(who.actor(), who.facts(type, false, true, running)));
        }
    }

    private static Set<RoomAction> actions(String codes) {
        Set<RoomAction> actions = EnumSet.noneOf(RoomAction.class);
        for (String code : codes.trim().split("\\s+")) {
            switch (code) {
                case "-" -> { }
                case "V" -> actions.add(RoomAction.VIEW);
                case "J" -> actions.add(RoomAction.JOIN);
                case "S" -> actions.add(RoomAction.START);
                case "M" -> actions.add(RoomAction.MODERATE);
                case "E" -> actions.add(RoomAction.END);
                case "R" -> actions.add(RoomAction.MANAGE_RECORDINGS);
                default -> throw new IllegalArgumentException("unknown action code " + code);
            }
        }
        return actions;
    }
}

package org.bbbrooms.room;

import static org.bbbrooms.room.RoomAction.END;
import static org.bbbrooms.room.RoomAction.JOIN;
import static org.bbbrooms.room.RoomAction.MANAGE_RECORDINGS;
import static org.bbbrooms.room.RoomAction.MODERATE;
import static org.bbbrooms.room.RoomAction.START;
import static org.bbbrooms.room.RoomAction.VIEW;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseRole;

/**
 * Who may do what with a room (issue 4, "Who may do what"), as a pure function of the user and the room's facts, so
 * that one table-driven test covers it all. Course room: its teachers and admins host it, its students enter it.
 * Group room: course teachers and admins host it; its members enter it, and start and moderate it when students
 * may start group rooms. Platform room: admins host it; the allowed platform roles enter it. Personal room: its
 * owner hosts it; admins may moderate and end it; anyone signed in with its link enters it. Entering means VIEW,
 * and JOIN while a meeting runs. A room whose kind is off allows nothing.
 * <p>Use: {@code Set<RoomAction> allowed = RoomPolicy.allowed(actor, facts);}
 */
public final class RoomPolicy {

    private static final Set<RoomAction> ENTER = EnumSet.of(VIEW);
    private static final Set<RoomAction> CO_HOST = EnumSet.of(VIEW, START, MODERATE);
    private static final Set<RoomAction> GUEST_MODERATOR = EnumSet.of(VIEW, MODERATE, END);
    private static final Set<RoomAction> HOST = EnumSet.of(VIEW, START, MODERATE, END, MANAGE_RECORDINGS);
    private static final Set<RoomAction> NOTHING = EnumSet.noneOf(RoomAction.class);

    private RoomPolicy() {
    }

    public static Set<RoomAction> allowed(Actor actor, RoomFacts facts) {
        if (!facts.enabled()) {
            return Set.of();
        }
        Set<RoomAction> granted = EnumSet.copyOf(switch (facts.type()) {
            case COURSE -> course(actor, facts);
            case GROUP -> group(actor, facts);
            case PLATFORM -> platform(actor, facts);
            case PERSONAL -> personal(actor, facts);
        });
        if (facts.running() && granted.contains(VIEW)) {
            granted.add(JOIN);
        }
        return Collections.unmodifiableSet(granted);
    }

    private static Set<RoomAction> course(Actor actor, RoomFacts facts) {
        if (teachesOrAdministers(actor, facts)) {
            return HOST;
        }
        return facts.courseRole().isPresent() ? ENTER : NOTHING;
    }

    private static Set<RoomAction> group(Actor actor, RoomFacts facts) {
        if (teachesOrAdministers(actor, facts)) {
            return HOST;
        }
        if (facts.groupMember() && facts.courseRole().isPresent()) {
            return facts.studentsMayStart() ? CO_HOST : ENTER;
        }
        return NOTHING;
    }

    private static Set<RoomAction> platform(Actor actor, RoomFacts facts) {
        if (actor.isAdmin()) {
            return HOST;
        }
        return facts.platformRoomRoles().contains(actor.role()) ? ENTER : NOTHING;
    }

    private static Set<RoomAction> personal(Actor actor, RoomFacts facts) {
        if (facts.owner()) {
            return HOST;
        }
        return actor.isAdmin() ? GUEST_MODERATOR : ENTER;
    }

    /**
     * Whether the actor manages the course's rooms (adds, changes, orders and deletes named rooms): its teachers and
     * admins; the facts are those of the course room.
     */
    public static boolean managesCourseRooms(Actor actor, RoomFacts courseRoom) {
        return teachesOrAdministers(actor, courseRoom);
    }

    /**
     * Whether the actor hosts the room, so may prepare it (upload its slides): whoever may both start and end it,
     * never a co-host (a group member whose students may start) nor a guest moderator.
     */
    public static boolean hosts(Actor actor, RoomFacts facts) {
        return allowed(actor, facts).containsAll(EnumSet.of(START, END));
    }

    private static boolean teachesOrAdministers(Actor actor, RoomFacts facts) {
        return actor.isAdmin() || facts.courseRole().filter(role -> role == CourseRole.TEACHER).isPresent();
    }
}

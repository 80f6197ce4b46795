package org.bbbrooms.authorization;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.testing.server.authz.Act;
import org.bbbrooms.testing.server.authz.Outcome;
import org.bbbrooms.testing.server.authz.Persona;
import org.bbbrooms.testing.server.authz.RoomKind;

/**
 * What every persona may do, as the README promises it to users ("Who may do what", Recordings, Attendance and
 * reports, the portal's administration, the sandbox), written out by hand for each kind of room rather than derived
 * from {@code RoomPolicy}, so that the matrix holds the code to the promise. A cell reads: {@code allowed} (done,
 * and its effect seen), {@code moderator} or {@code viewer} (the join link's role), {@code denied} (the service's
 * authorization exception, or the web layer turning an anonymous request away), {@code not-running} (may enter,
 * but nothing runs yet), {@code omitted} (the report or the recordings list is given, without this room's meetings
 * or the hidden recording), {@code not-found} (the action's page knows no such room: the meeting options of a room
 * that is not a course's). A room's preparations (slides, guests, completion rule) are its hosts' (who may start and
 * end it); its sessions are of those who may end it.
 * <p>Use: {@code Outcome expected = ExpectedAccess.of(Optional.of(RoomKind.GROUP), Act.JOIN, Persona.CLASSMATE);}
 */
final class ExpectedAccess {

    private static final String HEADER =
            "                     ANONYMOUS STUDENT     CLASSMATE   OUTSIDER    OTHER_TEACHER TEACHER     ADMIN";

    /** Where the course's teachers and admins host: they prepare the room and schedule its sessions. */
    private static final String TEACHERS_PREPARE = """
            UPLOAD_SLIDE         denied    denied      denied      denied      denied        allowed     allowed
            DEFAULT_SLIDE        denied    denied      denied      denied      denied        allowed     allowed
            DELETE_SLIDE         denied    denied      denied      denied      denied        allowed     allowed
            GUESTS_ON            denied    denied      denied      denied      denied        allowed     allowed
            GUESTS_OFF           denied    denied      denied      denied      denied        allowed     allowed
            NEW_GUEST_CODE       denied    denied      denied      denied      denied        allowed     allowed
            SCHEDULE_SESSION     denied    denied      denied      denied      denied        allowed     allowed
            EDIT_SESSION         denied    denied      denied      denied      denied        allowed     allowed
            CANCEL_SESSION       denied    denied      denied      denied      denied        allowed     allowed
            COMPLETION_RULE      denied    denied      denied      denied      denied        allowed     allowed
            """;

    /** The course's teachers and admins host the course room and its named rooms; its students enter them. */
    private static final String COURSE_ROOMS = HEADER + """

            START                denied    denied      denied      denied      denied        allowed     allowed
            JOIN_BEFORE_START    denied    not-running not-running denied      denied        not-running not-running
            JOIN                 denied    viewer      viewer      denied      denied        moderator   moderator
            END                  denied    denied      denied      denied      denied        allowed     allowed
            SEE_RECORDINGS       denied    allowed     allowed     denied      denied        allowed     allowed
            SEE_HIDDEN_RECORDING denied    omitted     omitted     denied      denied        allowed     allowed
            PUBLISH_RECORDING    denied    denied      denied      denied      denied        allowed     allowed
            UNPUBLISH_RECORDING  denied    denied      denied      denied      denied        allowed     allowed
            DELETE_RECORDING     denied    denied      denied      denied      denied        allowed     allowed
            EXPORT_REPORT        denied    denied      denied      denied      omitted       allowed     allowed
            CHANGE_SETTINGS      denied    denied      denied      denied      denied        allowed     allowed
            """ + TEACHERS_PREPARE + """
            ROOM_OPTIONS         denied    denied      denied      denied      denied        allowed     allowed
            """;

    /** Group members and the course's teachers enter a group room; only teachers and admins host it by default. */
    private static final String GROUP_ROOM = HEADER + """

            START                denied    denied      denied      denied      denied        allowed     allowed
            JOIN_BEFORE_START    denied    not-running denied      denied      denied        not-running not-running
            JOIN                 denied    viewer      denied      denied      denied        moderator   moderator
            END                  denied    denied      denied      denied      denied        allowed     allowed
            SEE_RECORDINGS       denied    allowed     denied      denied      denied        allowed     allowed
            SEE_HIDDEN_RECORDING denied    omitted     denied      denied      denied        allowed     allowed
            PUBLISH_RECORDING    denied    denied      denied      denied      denied        allowed     allowed
            UNPUBLISH_RECORDING  denied    denied      denied      denied      denied        allowed     allowed
            DELETE_RECORDING     denied    denied      denied      denied      denied        allowed     allowed
            EXPORT_REPORT        denied    denied      denied      denied      omitted       allowed     allowed
            CHANGE_SETTINGS      denied    denied      denied      denied      denied        allowed     allowed
            """ + TEACHERS_PREPARE + """
            ROOM_OPTIONS         denied    not-found   not-found   not-found   not-found     not-found   not-found
            """;

    /**
     * Where students may start group rooms, members start and moderate theirs, but never end it for everyone nor
     * manage its recordings.
     */
    private static final String STUDENT_LED_GROUP_ROOM = HEADER + """

            START                denied    allowed     denied      denied      denied        allowed     allowed
            JOIN_BEFORE_START    denied    not-running denied      denied      denied        not-running not-running
            JOIN                 denied    moderator   denied      denied      denied        moderator   moderator
            END                  denied    denied      denied      denied      denied        allowed     allowed
            SEE_RECORDINGS       denied    allowed     denied      denied      denied        allowed     allowed
            SEE_HIDDEN_RECORDING denied    omitted     denied      denied      denied        allowed     allowed
            PUBLISH_RECORDING    denied    denied      denied      denied      denied        allowed     allowed
            UNPUBLISH_RECORDING  denied    denied      denied      denied      denied        allowed     allowed
            DELETE_RECORDING     denied    denied      denied      denied      denied        allowed     allowed
            EXPORT_REPORT        denied    denied      denied      denied      omitted       allowed     allowed
            CHANGE_SETTINGS      denied    denied      denied      denied      denied        allowed     allowed
            """ + TEACHERS_PREPARE + """
            ROOM_OPTIONS         denied    not-found   not-found   not-found   not-found     not-found   not-found
            """;

    /**
     * Admins run the platform room; the platform roles it is open to (all, in the suite) enter it. Its settings are
     * the platform's; teachers report on their courses only.
     */
    private static final String PLATFORM_ROOM = HEADER + """

            START                denied    denied      denied      denied      denied        denied      allowed
            JOIN_BEFORE_START    denied    not-running not-running not-running not-running   not-running not-running
            JOIN                 denied    viewer      viewer      viewer      viewer        viewer      moderator
            END                  denied    denied      denied      denied      denied        denied      allowed
            SEE_RECORDINGS       denied    allowed     allowed     allowed     allowed       allowed     allowed
            SEE_HIDDEN_RECORDING denied    omitted     omitted     omitted     omitted       omitted     allowed
            PUBLISH_RECORDING    denied    denied      denied      denied      denied        denied      allowed
            UNPUBLISH_RECORDING  denied    denied      denied      denied      denied        denied      allowed
            DELETE_RECORDING     denied    denied      denied      denied      denied        denied      allowed
            EXPORT_REPORT        denied    denied      denied      denied      omitted       omitted     allowed
            CHANGE_SETTINGS      denied    denied      denied      denied      denied        denied      allowed
            UPLOAD_SLIDE         denied    denied      denied      denied      denied        denied      allowed
            DEFAULT_SLIDE        denied    denied      denied      denied      denied        denied      allowed
            DELETE_SLIDE         denied    denied      denied      denied      denied        denied      allowed
            GUESTS_ON            denied    denied      denied      denied      denied        denied      allowed
            GUESTS_OFF           denied    denied      denied      denied      denied        denied      allowed
            NEW_GUEST_CODE       denied    denied      denied      denied      denied        denied      allowed
            SCHEDULE_SESSION     denied    denied      denied      denied      denied        denied      allowed
            EDIT_SESSION         denied    denied      denied      denied      denied        denied      allowed
            CANCEL_SESSION       denied    denied      denied      denied      denied        denied      allowed
            COMPLETION_RULE      denied    denied      denied      denied      denied        denied      allowed
            ROOM_OPTIONS         denied    not-found   not-found   not-found   not-found     not-found   not-found
            """;

    /**
     * A personal room is its owner's (here the student); anyone signed in with its link joins as a viewer while it
     * runs; admins may moderate and end it and manage every recording. Reports on it are the admins'.
     */
    private static final String STUDENT_PERSONAL_ROOM = HEADER + """

            START                denied    allowed     denied      denied      denied        denied      denied
            JOIN_BEFORE_START    denied    not-running not-running not-running not-running   not-running not-running
            JOIN                 denied    moderator   viewer      viewer      viewer        viewer      moderator
            END                  denied    allowed     denied      denied      denied        denied      allowed
            SEE_RECORDINGS       denied    allowed     allowed     allowed     allowed       allowed     allowed
            SEE_HIDDEN_RECORDING denied    allowed     omitted     omitted     omitted       omitted     allowed
            PUBLISH_RECORDING    denied    allowed     denied      denied      denied        denied      allowed
            UNPUBLISH_RECORDING  denied    allowed     denied      denied      denied        denied      allowed
            DELETE_RECORDING     denied    allowed     denied      denied      denied        denied      allowed
            EXPORT_REPORT        denied    denied      denied      denied      omitted       omitted     allowed
            CHANGE_SETTINGS      denied    denied      denied      denied      denied        denied      allowed
            UPLOAD_SLIDE         denied    allowed     denied      denied      denied        denied      denied
            DEFAULT_SLIDE        denied    allowed     denied      denied      denied        denied      denied
            DELETE_SLIDE         denied    allowed     denied      denied      denied        denied      denied
            GUESTS_ON            denied    allowed     denied      denied      denied        denied      denied
            GUESTS_OFF           denied    allowed     denied      denied      denied        denied      denied
            NEW_GUEST_CODE       denied    allowed     denied      denied      denied        denied      denied
            SCHEDULE_SESSION     denied    allowed     denied      denied      denied        denied      allowed
            EDIT_SESSION         denied    allowed     denied      denied      denied        denied      allowed
            CANCEL_SESSION       denied    allowed     denied      denied      denied        denied      allowed
            COMPLETION_RULE      denied    allowed     denied      denied      denied        denied      denied
            ROOM_OPTIONS         denied    not-found   not-found   not-found   not-found     not-found   not-found
            """;

    /** The teacher's personal room: the same rules, the teacher being its owner. */
    private static final String TEACHER_PERSONAL_ROOM = HEADER + """

            START                denied    denied      denied      denied      denied        allowed     denied
            JOIN_BEFORE_START    denied    not-running not-running not-running not-running   not-running not-running
            JOIN                 denied    viewer      viewer      viewer      viewer        moderator   moderator
            END                  denied    denied      denied      denied      denied        allowed     allowed
            SEE_RECORDINGS       denied    allowed     allowed     allowed     allowed       allowed     allowed
            SEE_HIDDEN_RECORDING denied    omitted     omitted     omitted     omitted       allowed     allowed
            PUBLISH_RECORDING    denied    denied      denied      denied      denied        allowed     allowed
            UNPUBLISH_RECORDING  denied    denied      denied      denied      denied        allowed     allowed
            DELETE_RECORDING     denied    denied      denied      denied      denied        allowed     allowed
            EXPORT_REPORT        denied    denied      denied      denied      omitted       omitted     allowed
            CHANGE_SETTINGS      denied    denied      denied      denied      denied        denied      allowed
            UPLOAD_SLIDE         denied    denied      denied      denied      denied        allowed     denied
            DEFAULT_SLIDE        denied    denied      denied      denied      denied        allowed     denied
            DELETE_SLIDE         denied    denied      denied      denied      denied        allowed     denied
            GUESTS_ON            denied    denied      denied      denied      denied        allowed     denied
            GUESTS_OFF           denied    denied      denied      denied      denied        allowed     denied
            NEW_GUEST_CODE       denied    denied      denied      denied      denied        allowed     denied
            SCHEDULE_SESSION     denied    denied      denied      denied      denied        allowed     allowed
            EDIT_SESSION         denied    denied      denied      denied      denied        allowed     allowed
            CANCEL_SESSION       denied    denied      denied      denied      denied        allowed     allowed
            COMPLETION_RULE      denied    denied      denied      denied      denied        allowed     denied
            ROOM_OPTIONS         denied    not-found   not-found   not-found   not-found     not-found   not-found
            """;

    /** The portal's administration and the sandbox's control endpoints are the admins' alone. */
    private static final String PLATFORM_ACTIONS = HEADER + """

            CREATE_USER          denied    denied      denied      denied      denied        denied      allowed
            IMPORT_USERS         denied    denied      denied      denied      denied        denied      allowed
            DEACTIVATE_USER      denied    denied      denied      denied      denied        denied      allowed
            REACTIVATE_USER      denied    denied      denied      denied      denied        denied      allowed
            LIFT_LOCKOUT         denied    denied      denied      denied      denied        denied      allowed
            ADD_NAMED_ROOM       denied    denied      denied      denied      denied        allowed     allowed
            ORDER_NAMED_ROOMS    denied    denied      denied      denied      denied        allowed     allowed
            DELETE_NAMED_ROOM    denied    denied      denied      denied      denied        allowed     allowed
            COURSE_OPTIONS       denied    denied      denied      denied      denied        allowed     allowed
            PLATFORM_SLIDES      denied    denied      denied      denied      denied        denied      allowed
            MEETING_OPTIONS      denied    denied      denied      denied      denied        denied      allowed
            LIVE_VIEW            denied    denied      denied      denied      denied        denied      allowed
            END_FROM_LIVE_VIEW   denied    denied      denied      denied      denied        denied      allowed
            RESET_CALENDAR_FEED  denied    allowed     allowed     allowed     allowed       allowed     allowed
            SANDBOX_STATS        denied    denied      denied      denied      denied        denied      allowed
            SANDBOX_FAULTS       denied    denied      denied      denied      denied        denied      allowed
            """;

    private static final Map<RoomKind, Map<Act, Map<Persona, Outcome>>> BY_ROOM = new EnumMap<>(Map.of(
            RoomKind.COURSE, table(COURSE_ROOMS),
            RoomKind.NAMED, table(COURSE_ROOMS),
            RoomKind.GROUP, table(GROUP_ROOM),
            RoomKind.STUDENT_LED_GROUP, table(STUDENT_LED_GROUP_ROOM),
            RoomKind.PLATFORM, table(PLATFORM_ROOM),
            RoomKind.STUDENT_PERSONAL, table(STUDENT_PERSONAL_ROOM),
            RoomKind.TEACHER_PERSONAL, table(TEACHER_PERSONAL_ROOM)));
    private static final Map<Act, Map<Persona, Outcome>> PLATFORM_WIDE = table(PLATFORM_ACTIONS);

    private ExpectedAccess() {
    }

    /** The expected outcome of a room action in a room, or of a platform action (no room). */
    static Outcome of(Optional<RoomKind> room, Act act, Persona persona) {
        Map<Act, Map<Persona, Outcome>> table = room.map(BY_ROOM::get).orElse(PLATFORM_WIDE);
        return Optional.ofNullable(table.get(act)).map(row -> row.get(persona))
                .orElseThrow(() -> new IllegalStateException("no expectation for " + room + " " + act + " " + persona));
    }

    /** Reads a table, refusing one that misses a persona or an action of its scope. */
    private static Map<Act, Map<Persona, Outcome>> table(String text) {
        List<String[]> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")).toList();
        List<Persona> columns = Arrays.stream(lines.get(0)).map(Persona::valueOf).toList();
        if (!columns.equals(List.of(Persona.values()))) {
            throw new IllegalStateException("the columns are not every persona in order: " + columns);
        }
        Map<Act, Map<Persona, Outcome>> rows = new EnumMap<>(Act.class);
        for (String[] line : lines.subList(1, lines.size())) {
            Map<Persona, Outcome> row = new EnumMap<>(Persona.class);
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), Outcome.valueOf(line[i + 1].replace('-', '_').toUpperCase()));
            }
            rows.put(Act.valueOf(line[0]), row);
        }
        boolean ofRoom = rows.keySet().iterator().next().ofRoom();
        List<Act> scope = Arrays.stream(Act.values()).filter(act -> act.ofRoom() == ofRoom).toList();
        if (!List.copyOf(rows.keySet()).equals(scope)) {
            throw new IllegalStateException("the rows are not every action in order: " + rows.keySet());
        }
        return rows;
    }
}

package org.bbbrooms.testing.server.authz;

/**
 * The rooms of the authorization matrix, one of each kind a user meets, with the persona who hosts it (starts the
 * meeting when a cell needs one running).
 */
public enum RoomKind {
    COURSE("the course room", Persona.TEACHER),
    NAMED("a named room of the course (\"Office hours\")", Persona.TEACHER),
    GROUP("the group's room, in a course whose students may not start group rooms (the default)", Persona.TEACHER),
    STUDENT_LED_GROUP("the group's room, in a course whose students may start group rooms", Persona.TEACHER),
    PLATFORM("the platform room, open to every platform role (the suite's settings)", Persona.ADMIN),
    STUDENT_PERSONAL("the student's personal room", Persona.STUDENT),
    TEACHER_PERSONAL("the teacher's personal room", Persona.TEACHER);

    private final String what;
    private final Persona host;

    RoomKind(String what, Persona host) {
        this.what = what;
        this.host = host;
    }

    public String what() {
        return what;
    }

    public Persona host() {
        return host;
    }

    /** Whether the room belongs to a course, whose settings are then the room's. */
    public boolean ofCourse() {
        return this == COURSE || this == NAMED || this == GROUP || this == STUDENT_LED_GROUP;
    }
}

package org.bbbrooms.testing.server.authz;

/**
 * The people of the authorization matrix, each a user of {@link AuthzFixture} (but {@link #ANONYMOUS}). Their
 * relation to a room depends on its {@link RoomKind}: {@link #STUDENT} is in the course's group and owns the
 * student's personal room, {@link #TEACHER} teaches both courses and owns the teacher's personal room.
 */
public enum Persona {
    ANONYMOUS("nobody signed in"),
    STUDENT("a student of the course, in the group, owner of the student's personal room"),
    CLASSMATE("a student of the course in none of its groups"),
    OUTSIDER("a student of another course only"),
    OTHER_TEACHER("the teacher of another course only"),
    TEACHER("the course's teacher, owner of the teacher's personal room"),
    ADMIN("a platform administrator");

    private final String who;

    Persona(String who) {
        this.who = who;
    }

    public String who() {
        return who;
    }
}

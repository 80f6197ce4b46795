package org.bbbrooms.testing.server.authz;

/**
 * The actions of the authorization matrix. Room actions are tried on every {@link RoomKind}, platform actions once;
 * {@link #http()} ones are tried on their HTTP endpoint (the sandbox's control), the others through the services,
 * as the signed-in user ({@link AuthzProbe}). {@link #SEE_RECORDINGS} looks for a published recording in the room's
 * list, {@link #SEE_HIDDEN_RECORDING} for one hidden from students.
 */
public enum Act {
    START(true), JOIN_BEFORE_START(true), JOIN(true), END(true),
    SEE_RECORDINGS(true), SEE_HIDDEN_RECORDING(true),
    PUBLISH_RECORDING(true), UNPUBLISH_RECORDING(true), DELETE_RECORDING(true),
    EXPORT_REPORT(true), CHANGE_SETTINGS(true),
    CREATE_USER(false), IMPORT_USERS(false), DEACTIVATE_USER(false), REACTIVATE_USER(false), LIFT_LOCKOUT(false),
    SANDBOX_STATS(false), SANDBOX_FAULTS(false);

    private final boolean ofRoom;

    Act(boolean ofRoom) {
        this.ofRoom = ofRoom;
    }

    public boolean ofRoom() {
        return ofRoom;
    }

    public boolean http() {
        return this == SANDBOX_STATS || this == SANDBOX_FAULTS;
    }
}

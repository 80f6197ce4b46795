package org.bbbrooms.testing.server.authz;

/**
 * The actions of the authorization matrix. Room actions are tried on every {@link RoomKind}, platform actions once;
 * {@link #http()} ones are tried on their HTTP endpoint (the sandbox's control), the others through the services,
 * as the signed-in user ({@link AuthzProbe}). {@link #SEE_RECORDINGS} looks for a published recording in the room's
 * list, {@link #SEE_HIDDEN_RECORDING} for one hidden from students. The room's preparations (slides, guests,
 * sessions, completion rule, options) are {@link PreparationProbe}'s; the platform actions on the matrix's course
 * (its named rooms and options) and the admin's pages (platform slides, meeting options, live view) are
 * {@link #ofCourseOrAdmin()}.
 */
public enum Act {
    START(true), JOIN_BEFORE_START(true), JOIN(true), END(true),
    SEE_RECORDINGS(true), SEE_HIDDEN_RECORDING(true),
    PUBLISH_RECORDING(true), UNPUBLISH_RECORDING(true), DELETE_RECORDING(true),
    EXPORT_REPORT(true), CHANGE_SETTINGS(true),
    UPLOAD_SLIDE(true), DEFAULT_SLIDE(true), DELETE_SLIDE(true),
    GUESTS_ON(true), GUESTS_OFF(true), NEW_GUEST_CODE(true),
    SCHEDULE_SESSION(true), EDIT_SESSION(true), CANCEL_SESSION(true),
    COMPLETION_RULE(true), ROOM_OPTIONS(true),
    CREATE_USER(false), IMPORT_USERS(false), DEACTIVATE_USER(false), REACTIVATE_USER(false), LIFT_LOCKOUT(false),
    ADD_NAMED_ROOM(false), ORDER_NAMED_ROOMS(false), DELETE_NAMED_ROOM(false), COURSE_OPTIONS(false),
    PLATFORM_SLIDES(false), MEETING_OPTIONS(false), LIVE_VIEW(false), END_FROM_LIVE_VIEW(false),
    RESET_CALENDAR_FEED(false),
    SANDBOX_STATS(false), SANDBOX_FAULTS(false);

    private final boolean ofRoom;

    Act(boolean ofRoom) {
        this.ofRoom = ofRoom;
    }

    public boolean ofRoom() {
        return ofRoom;
    }

    /** A preparation of a room: what its hosts do before a meeting. */
    public boolean preparesRoom() {
        return ordinal() >= UPLOAD_SLIDE.ordinal() && ordinal() <= ROOM_OPTIONS.ordinal();
    }

    /** A platform action on the course's rooms or an admin page's, tried by {@link PreparationProbe} too. */
    public boolean ofCourseOrAdmin() {
        return ordinal() >= ADD_NAMED_ROOM.ordinal() && ordinal() <= RESET_CALENDAR_FEED.ordinal();
    }

    public boolean http() {
        return this == SANDBOX_STATS || this == SANDBOX_FAULTS;
    }
}

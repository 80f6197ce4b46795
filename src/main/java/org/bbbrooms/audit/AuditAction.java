package org.bbbrooms.audit;

/**
 * What an audit entry records. Each has a label in the bundles ({@code audit.action.SETTING_CHANGED}); the name is
 * what the database and the CSV export's filters hold, so a name is never changed once released.
 */
public enum AuditAction {
    /** An admin saved a platform setting: its key, the value before and the value after. */
    SETTING_CHANGED,
    /** An admin replaced the BBB shared secret: never with its values, which are secrets. */
    SECRET_CHANGED,
    ROOM_STARTED,
    ROOM_ENDED,
    RECORDING_PUBLISHED,
    RECORDING_UNPUBLISHED,
    RECORDING_DELETED,
    USERS_IMPORTED,
    ENROLLMENTS_IMPORTED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    /** A wrong password (or an unknown name): nobody is signed in, the target is the name that was tried. */
    LOGIN_FAILED,
    /** An account name was locked out after too many failures. */
    LOGIN_LOCKED,
    /** An admin lifted a lockout. */
    LOGIN_UNLOCKED,
    LTI_PLATFORM_ACTIVATED,
    LTI_PLATFORM_DISABLED,
    LTI_KEY_ROTATED,
    /** A teacher or admin added a named room to a course: the target is its name, the details its public id. */
    NAMED_ROOM_ADDED,
    /** A named room was deleted: the details say whether its recordings were kept (under the course room) or deleted. */
    NAMED_ROOM_DELETED,
    /**
     * A room's host changed its guest access: turned it on or off, a code made anew or removed, or the guest link
     * made anew (the details say which; never a code or a link itself).
     */
    GUEST_ACCESS_CHANGED
}

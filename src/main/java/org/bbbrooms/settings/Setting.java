package org.bbbrooms.settings;

/**
 * The platform's conference settings ("Extra" section). Each one has the name of the environment variable (or any
 * MicroProfile Config key) that presets it, and a default. A value an admin saves on the Extra page wins over the
 * environment; until then the environment, then the default, applies.
 */
public enum Setting {
    CONFERENCES_ENABLED("BBB_CONFERENCES_ENABLED", "true"),
    SERVER_URL("BBB_SERVER_URL", ""),
    SERVER_SECRET("BBB_SERVER_SECRET", ""),
    CHECKSUM_ALGORITHM("BBB_CHECKSUM_ALGORITHM", "SHA256"),
    PLATFORM_ROOM("BBB_PLATFORM_ROOM", "false"),
    PLATFORM_ROOM_ROLES("BBB_PLATFORM_ROOM_ROLES", "ADMIN,TEACHER,STUDENT"),
    PERSONAL_ROOMS("BBB_PERSONAL_ROOMS", "false"),
    GROUP_ROOMS("BBB_GROUP_ROOMS", "true"),
    MAX_PARTICIPANTS("BBB_MAX_PARTICIPANTS", "0"),
    MEETING_DURATION("BBB_MEETING_DURATION", "0"),
    RECORD_BY_DEFAULT("BBB_RECORD_BY_DEFAULT", "false"),
    STUDENTS_START_GROUP_ROOMS("BBB_STUDENTS_START_GROUP_ROOMS", "false"),
    CLIENT_INTERFACE("BBB_CLIENT_INTERFACE", "HTML5"),
    OPEN_IN_NEW_TAB("BBB_OPEN_IN_NEW_TAB", "false"),
    /** Whether deleting a course deletes its recordings on the BBB server too (else they stay listed for admins). */
    DELETE_RECORDINGS_WITH_COURSE("BBB_DELETE_RECORDINGS_WITH_COURSE", "false"),
    /** Whether teachers may open their rooms to guests without an account (a guest link and codes). */
    GUEST_ACCESS("BBB_GUEST_ACCESS", "false"),
    /**
     * Whether the server URL is a load balancer (Scalelite) in front of BBB servers: each join is then asked where it
     * leads, so that the meeting's server (for its learning dashboard) is known. Never guessed: an old BBB server's
     * API root answers the same "2.0" as Scalelite's, and asking a BBB server's join would join the user.
     */
    LOAD_BALANCER("BBB_LOAD_BALANCER", "false"),
    /** What the last connection test or version probe found; not meant to be set by hand. */
    DETECTED_VERSION("BBB_DETECTED_VERSION", "");

    private final String key;
    private final String defaultValue;

    Setting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    /** The configuration key, also the database key: {@code BBB_SERVER_URL}. */
    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean isSecret() {
        return this == SERVER_SECRET;
    }
}

package org.bbbrooms.settings.options;

/**
 * Who decides a meeting option, as the platform admin chose (Moodle's "default and editable" pairs, Greenlight's
 * rooms configuration): nobody sees it ({@code HIDDEN}: the platform's value applies, unshown), the platform
 * ({@code PLATFORM}: teachers see the value but cannot change it), each course's teachers ({@code COURSE}), or the
 * teachers per course and also per room ({@code ROOM}, a room's value winning over its course's).
 * <p>Use: {@code if (decision.courseMay()) ...}
 */
public enum Decision {
    HIDDEN, PLATFORM, COURSE, ROOM;

    public boolean shown() {
        return this != HIDDEN;
    }

    public boolean courseMay() {
        return this == COURSE || this == ROOM;
    }

    public boolean roomMay() {
        return this == ROOM;
    }
}

package org.bbbrooms.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The filters of the audit page and its export; a null (or blank) value means "any". Entries from {@code from} on
 * and before {@code until}; {@code actor}, {@code target} and {@code course} match a part of the username, of what
 * the action was on (an account name, a setting, a room) or of the course code, in any case.
 * <p>Use: {@code new AuditFilter(null, null, "alice", AuditAction.ROOM_STARTED, null, "MATH")}.
 */
public record AuditFilter(Instant from, Instant until, String actor, AuditAction action, String target, String course)
        implements Serializable {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null);

    /** Entries from the start of the first day to the end of the last (either may be null), days in the zone. */
    public static AuditFilter ofDays(LocalDate first, LocalDate last, String actor, AuditAction action, String target,
            String course, ZoneId zone) {
        return new AuditFilter(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(), actor, action, target, course);
    }
}

package org.bbbrooms.audit;

import java.util.Objects;
import java.util.Optional;
import org.bbbrooms.identity.Actor;

/**
 * What to write in the audit log: who (nobody, for a failed sign-in), what, on what, in which course, and for a
 * change the values before and after. Never give it a secret: it is written as it is and shown to admins.
 * <p>Use: {@code audit.record(Audited.by(actor, AuditAction.ROOM_ENDED, roomName).inCourse(code));}
 */
public record Audited(AuditAction action, Optional<Actor> actor, String target, Optional<String> course,
        Optional<String> oldValue, Optional<String> newValue, Optional<String> details) {

    public Audited {
        Objects.requireNonNull(action);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(target);
        Objects.requireNonNull(course);
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        Objects.requireNonNull(details);
    }

    public static Audited by(Actor actor, AuditAction action, String target) {
        return of(Optional.of(actor), action, target);
    }

    public static Audited of(Optional<Actor> actor, AuditAction action, String target) {
        return new Audited(action, actor, target, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The course the action concerns, by its code. */
    public Audited inCourse(Optional<String> code) {
        return new Audited(action, actor, target, code, oldValue, newValue, details);
    }

    /** A change of value: what it was (if it was anything) and what it is now. */
    public Audited change(Optional<String> before, String after) {
        return new Audited(action, actor, target, course, before, Optional.of(after), details);
    }

    public Audited details(String text) {
        return new Audited(action, actor, target, course, oldValue, newValue, Optional.of(text));
    }
}

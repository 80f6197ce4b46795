package org.bbbrooms.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One line of the audit log, written once and never changed. Who, the target and the course are copied as they were
 * (a username, a room's name, a course code), so that the line stays true after a rename or a deletion; texts longer
 * than their column are cut.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    static final int TARGET_LENGTH = 255;
    static final int VALUE_LENGTH = 4000;
    static final int DETAILS_LENGTH = 1000;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private AuditAction action;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(updatable = false, length = 64)
    private String actor;

    @Column(nullable = false, updatable = false, length = TARGET_LENGTH)
    private String target;

    @Column(name = "course_code", updatable = false, length = 32)
    private String course;

    @Column(name = "old_value", updatable = false, length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = VALUE_LENGTH)
    private String newValue;

    @Column(updatable = false, length = DETAILS_LENGTH)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Audited what, Instant at) {
        occurredAt = at;
        action = what.action();
        actorId = what.actor().map(Actor::userId).orElse(null);
        actor = what.actor().map(a -> cut(a.username(), 64)).orElse(null);
        target = cut(what.target(), TARGET_LENGTH);
        course = what.course().map(code -> cut(code, 32)).orElse(null);
        oldValue = what.oldValue().map(v -> cut(v, VALUE_LENGTH)).orElse(null);
        newValue = what.newValue().map(v -> cut(v, VALUE_LENGTH)).orElse(null);
        details = what.details().map(d -> cut(d, DETAILS_LENGTH)).orElse(null);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    /** The username of who acted; empty when nobody was signed in (a failed sign-in). */
    public Optional<String> getActor() {
        return Optional.ofNullable(actor);
    }

    public Optional<Long> getActorId() {
        return Optional.ofNullable(actorId);
    }

    public String getTarget() {
        return target;
    }

    /** The code of the course concerned, if any. */
    public Optional<String> getCourse() {
        return Optional.ofNullable(course);
    }

    public Optional<String> getOldValue() {
        return Optional.ofNullable(oldValue);
    }

    public Optional<String> getNewValue() {
        return Optional.ofNullable(newValue);
    }

    public Optional<String> getDetails() {
        return Optional.ofNullable(details);
    }

    @Override
    public String toString() {
        return "AuditEntry[" + getId() + " " + action + " " + target + "]";
    }
}

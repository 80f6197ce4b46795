package org.bbbrooms.settings.options;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bbbrooms.platform.persistence.BaseEntity;

/** A course's or a room's own value of one option, set by its teachers where the platform lets them. */
@Entity
@Table(name = "meeting_option_value")
class OptionValue extends BaseEntity {

    /** Whose value it is: a course's (owner is the course id) or a room's (the room id). */
    enum Scope {
        COURSE, ROOM
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, updatable = false, length = 16)
    private Scope scope;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "option_key", nullable = false, updatable = false, length = 64)
    private String key;

    @Column(name = "option_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected OptionValue() {
    }

    OptionValue(Scope scope, long ownerId, String key) {
        this.scope = scope;
        this.ownerId = ownerId;
        this.key = key;
    }

    void update(String value, String by, Instant now) {
        this.value = value;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "OptionValue[" + scope + " " + ownerId + ", " + key + "]";
    }
}

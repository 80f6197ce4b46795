package org.bbbrooms.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A room's {@link CompletionRule} as its teacher set it; rooms without one use {@link CompletionRule#DEFAULT}. */
@Entity
@Table(name = "completion_rule")
public class CompletionSetting {

    @Id
    @Column(name = "room_id")
    private Long roomId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 16)
    private CompletionRule.Kind kind;

    @Column(name = "rule_value", nullable = false)
    private int value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CompletionSetting() {
    }

    CompletionSetting(long roomId, CompletionRule rule, Instant at) {
        this.roomId = roomId;
        set(rule, at);
    }

    final void set(CompletionRule rule, Instant at) {
        this.kind = rule.kind();
        this.value = rule.value();
        this.updatedAt = at;
    }

    long roomId() {
        return roomId;
    }

    public CompletionRule rule() {
        return new CompletionRule(kind, value);
    }
}

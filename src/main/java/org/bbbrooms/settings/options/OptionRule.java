package org.bbbrooms.settings.options;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform admin's choice for one option: its value (none for the registry's default) and who decides it.
 * An option without a row follows the registry ({@link MeetingOption#defaultDecision()}).
 */
@Entity
@Table(name = "meeting_option_rule")
class OptionRule {

    @Id
    @Column(name = "option_key", length = 64)
    private String key;

    @Column(name = "option_value", length = 4000)
    private String value;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false, length = 16)
    private Decision decision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected OptionRule() {
    }

    OptionRule(String key) {
        this.key = key;
    }

    void update(Optional<String> value, Decision decision, String admin, Instant now) {
        this.value = value.orElse(null);
        this.decision = decision;
        this.updatedBy = admin;
        this.updatedAt = now;
    }

    String key() {
        return key;
    }

    Optional<String> value() {
        return Optional.ofNullable(value);
    }

    Decision decision() {
        return decision;
    }

    @Override
    public String toString() {
        return "OptionRule[" + key + ", " + decision + "]";
    }
}

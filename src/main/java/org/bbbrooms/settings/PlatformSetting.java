package org.bbbrooms.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One value saved on the Extra page, with who saved it last and when. Its history (every change, who, when, the value
 * before and after) is in the audit log, written with each save by {@link SettingsStore}.
 */
@Entity
@Table(name = "platform_setting")
class PlatformSetting {

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected PlatformSetting() {
    }

    PlatformSetting(Setting setting, String value, String updatedBy) {
        this.key = setting.key();
        update(value, updatedBy);
    }

    void update(String value, String updatedBy) {
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = Instant.now();
    }

    /** The same value, stored in another form (sealed again under a new key): who saved it and when stay. */
    void reseal(String stored) {
        this.value = stored;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "PlatformSetting[" + key + "]";
    }
}

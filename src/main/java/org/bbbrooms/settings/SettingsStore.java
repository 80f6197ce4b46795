package org.bbbrooms.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.identity.Roles;

/** The values saved on the Extra page, in the database. Reading is open; writing is for admins only. */
@Stateless
@PermitAll
public class SettingsStore {

    @PersistenceContext
    EntityManager em;

    public Map<Setting, String> saved() {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (PlatformSetting row : em.createQuery("select s from PlatformSetting s", PlatformSetting.class).getResultList()) {
            for (Setting setting : Setting.values()) {
                if (setting.key().equals(row.key())) {
                    values.put(setting, row.value());
                }
            }
        }
        return values;
    }

    /** Saves the given values; a missing key is left as it is. */
    @RolesAllowed(Roles.ADMIN)
    public void save(Map<Setting, String> values, String admin) {
        values.forEach((setting, value) -> write(setting, value, admin));
    }

    /** Records what the server said it is; called by connection tests and version probes, whoever runs them. */
    public void recordDetectedVersion(String version) {
        write(Setting.DETECTED_VERSION, version, null);
    }

    private void write(Setting setting, String value, String admin) {
        Optional.ofNullable(em.find(PlatformSetting.class, setting.key()))
                .ifPresentOrElse(row -> row.update(value, admin),
                        () -> em.persist(new PlatformSetting(setting, value, admin)));
    }
}

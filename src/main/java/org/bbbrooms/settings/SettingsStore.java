package org.bbbrooms.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditLog;
import org.bbbrooms.audit.Audited;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Roles;
import org.bbbrooms.platform.SecretBox;

/**
 * The values saved on the Extra page, in the database. Reading is open; writing is for admins only, and each value
 * an admin saves is written to the audit log in the same transaction, with its value before and after (a secret
 * only as "changed"): that is the settings' history. The shared secret is stored sealed by {@link SecretBox} and
 * opened here, so nothing above sees its stored form.
 */
@Stateless
@PermitAll
public class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    AuditLog audit;

    public Map<Setting, String> saved() {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (PlatformSetting row : em.createQuery("select s from PlatformSetting s", PlatformSetting.class).getResultList()) {
            for (Setting setting : Setting.values()) {
                if (setting.key().equals(row.key())) {
                    opened(setting, row.value()).ifPresent(value -> values.put(setting, value));
                }
            }
        }
        return values;
    }

    /** The stored value in clear; a secret that does not open is left out (as if unset), with the reason logged. */
    private Optional<String> opened(Setting setting, String stored) {
        if (!setting.isSecret()) {
            return Optional.of(stored);
        }
        try {
            return Optional.of(secrets.open(stored));
        } catch (IllegalStateException e) {
            LOG.severe(() -> setting.key() + " is stored but cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Saves the given values and records each change; a missing key is left as it is.
     *
     * @param before the effective value of each setting until now (a secret's is never read)
     */
    @RolesAllowed(Roles.ADMIN)
    public void save(Map<Setting, String> values, Map<Setting, String> before, Actor admin) {
        values.forEach((setting, value) -> {
            write(setting, value, admin.username());
            audit.record(setting.isSecret() ? Audited.by(admin, AuditAction.SECRET_CHANGED, setting.key())
                    : Audited.by(admin, AuditAction.SETTING_CHANGED, setting.key())
                            .change(Optional.ofNullable(before.get(setting)), value));
        });
    }

    /** Records what the server said it is; called by connection tests and version probes, whoever runs them. */
    public void recordDetectedVersion(String version) {
        write(Setting.DETECTED_VERSION, version, null);
    }

    /**
     * Seals again the stored secrets that are in clear text (saved before encryption) or sealed with a retired key;
     * refuses, with what to do, when a secret is stored but no key is configured.
     */
    public void resealStoredSecrets() {
        for (Setting setting : Setting.values()) {
            Optional<PlatformSetting> row = Optional.ofNullable(em.find(PlatformSetting.class, setting.key()))
                    .filter(r -> setting.isSecret() && !r.value().isEmpty());
            if (row.isPresent() && !secrets.hasKey()) {
                throw new IllegalStateException("A " + setting.key() + " is stored in the database but BBB_SECRET_KEY "
                        + "is not set: set it (the key it was saved with, or a new one for a secret stored before "
                        + "encryption) and start again. See the README, Secrets at rest.");
            }
            row.filter(r -> secrets.needsResealing(r.value()))
                    .ifPresent(r -> r.reseal(secrets.seal(secrets.open(r.value()))));
        }
    }

    private void write(Setting setting, String clear, String admin) {
        String value = setting.isSecret() ? secrets.seal(clear) : clear;
        Optional.ofNullable(em.find(PlatformSetting.class, setting.key()))
                .ifPresentOrElse(row -> row.update(value, admin),
                        () -> em.persist(new PlatformSetting(setting, value, admin)));
    }
}

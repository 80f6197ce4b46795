package org.bbbrooms.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.bbbrooms.platform.SecretBox;

/**
 * Test deployment only: puts the platform's settings (and its meeting options' rules) back to their defaults (the
 * environment's), plus the given values, for tests that configure the platform, so that they start from and leave
 * what every other test expects.
 * <p>Use: {@code suiteSettings.reset(Map.of(Setting.MAX_PARTICIPANTS, "30")); suiteSettings.reload();} — reload
 * after the reset's transaction has committed.
 */
@Stateless
public class SuiteSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    SecretBox secrets;

    public void reset(Map<Setting, String> values) {
        em.createQuery("delete from PlatformSetting").executeUpdate();
        em.createNativeQuery("delete from meeting_option_rule").executeUpdate();
        values.forEach((setting, value) -> em.persist(new PlatformSetting(setting,
                setting.isSecret() ? secrets.seal(value) : value, "test")));
    }

    public void reload() {
        settings.refresh();
    }
}

package org.bbbrooms.settings;

import java.util.EnumMap;
import java.util.Map;

/** The settings store without a database: what admins "saved", and by whom. */
final class MemoryStore extends SettingsStore {

    final Map<Setting, String> values = new EnumMap<>(Setting.class);
    final Map<Setting, String> savedBy = new EnumMap<>(Setting.class);

    @Override
    public Map<Setting, String> saved() {
        return new EnumMap<>(values);
    }

    @Override
    public void save(Map<Setting, String> changed, String admin) {
        values.putAll(changed);
        changed.keySet().forEach(setting -> savedBy.put(setting, admin));
    }

    @Override
    public void recordDetectedVersion(String version) {
        values.put(Setting.DETECTED_VERSION, version);
    }

    static SettingsService service(MemoryStore store, MapConfig environment) {
        SettingsService service = new SettingsService();
        service.store = store;
        service.config = environment;
        return service;
    }
}

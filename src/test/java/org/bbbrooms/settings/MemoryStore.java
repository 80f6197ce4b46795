package org.bbbrooms.settings;

import java.util.EnumMap;
import java.util.Map;
import org.bbbrooms.identity.Actor;

/** The settings store without a database: what admins "saved", by whom, and what each value was before. */
final class MemoryStore extends SettingsStore {

    final Map<Setting, String> values = new EnumMap<>(Setting.class);
    final Map<Setting, String> savedBy = new EnumMap<>(Setting.class);
    final Map<Setting, String> before = new EnumMap<>(Setting.class);

    @Override
    public Map<Setting, String> saved() {
        return new EnumMap<>(values);
    }

    @Override
    public void save(Map<Setting, String> changed, Map<Setting, String> previous, Actor admin) {
        values.putAll(changed);
        changed.keySet().forEach(setting -> savedBy.put(setting, admin.username()));
        changed.keySet().stream().filter(previous::containsKey).forEach(s -> before.put(s, previous.get(s)));
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

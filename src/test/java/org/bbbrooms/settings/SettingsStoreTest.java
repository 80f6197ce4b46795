package org.bbbrooms.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsStoreTest {

    private static SettingsStore store(jakarta.persistence.EntityManager em) {
        SettingsStore store = new SettingsStore();
        store.em = em;
        return store;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savedValuesComeBackAndASecondSaveReplacesThem(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        jpa.run(em -> store(em).save(Map.of(Setting.SERVER_URL, "https://bbb.example.org/bigbluebutton",
                Setting.MAX_PARTICIPANTS, "25"), "admin"));
        jpa.run(em -> store(em).save(Map.of(Setting.MAX_PARTICIPANTS, "30"), "admin"));
        jpa.run(em -> store(em).recordDetectedVersion("2.7.3"));
        Map<Setting, String> saved = jpa.tx(em -> store(em).saved());
        assertEquals("https://bbb.example.org/bigbluebutton", saved.get(Setting.SERVER_URL));
        assertEquals("30", saved.get(Setting.MAX_PARTICIPANTS));
        assertEquals("2.7.3", saved.get(Setting.DETECTED_VERSION));
    }
}

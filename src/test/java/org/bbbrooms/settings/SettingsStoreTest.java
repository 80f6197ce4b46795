package org.bbbrooms.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditEntry;
import org.bbbrooms.audit.AuditLogs;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.SecretBox;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsStoreTest {

    private static final String KEY = "q5lJ0eTOeu6hS0vXOvj7yI3uBQe1q9M2rG3cO0h0qf8=";
    private static final String NEW_KEY = "ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY=";
    private static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";
    private final Actor admin = AuditLogs.admin();

    private SettingsStore store(EntityManager em) {
        return store(em, SecretBox.of(Optional.of(KEY), List.of()));
    }

    private SettingsStore store(EntityManager em, SecretBox secrets) {
        SettingsStore store = new SettingsStore();
        store.em = em;
        store.secrets = secrets;
        store.audit = AuditLogs.on(em);
        return store;
    }

    /** The shared database of the class, without a stored secret. */
    private static Jpa withoutSecret(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        jpa.run(em -> em.createQuery("delete from PlatformSetting s where s.key = 'BBB_SERVER_SECRET'").executeUpdate());
        return jpa;
    }

    private static String stored(Jpa jpa) {
        return jpa.tx(em -> (String) em.createNativeQuery(
                "SELECT setting_value FROM platform_setting WHERE setting_key = 'BBB_SERVER_SECRET'").getSingleResult());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSharedSecretIsStoredEncryptedAndReadBackInClear(TestDatabase db) {
        Jpa jpa = withoutSecret(db);
        jpa.run(em -> store(em).save(Map.of(Setting.SERVER_SECRET, SECRET), Map.of(), admin));
        assertFalse(stored(jpa).contains(SECRET), "a dump of the table does not give the secret away");
        assertTrue(stored(jpa).startsWith("aesgcm:"));
        assertEquals(SECRET, jpa.tx(em -> store(em).saved()).get(Setting.SERVER_SECRET));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecretSavedInClearBeforeEncryptionIsSealedAtStartUpAndAfterARotationUnderTheNewKey(TestDatabase db) {
        Jpa jpa = withoutSecret(db);
        jpa.run(em -> em.persist(new PlatformSetting(Setting.SERVER_SECRET, SECRET, "admin")));
        jpa.run(em -> store(em).resealStoredSecrets());
        String sealed = stored(jpa);
        assertTrue(sealed.startsWith("aesgcm:"), sealed);

        SecretBox rotated = SecretBox.of(Optional.of(NEW_KEY), List.of(KEY));
        jpa.run(em -> store(em, rotated).resealStoredSecrets());
        assertFalse(stored(jpa).equals(sealed));
        assertEquals(SECRET, jpa.tx(em -> store(em, SecretBox.of(Optional.of(NEW_KEY), List.of())).saved())
                .get(Setting.SERVER_SECRET), "the retired key is no longer needed");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutAKeyAStoredSecretStopsTheStartAndANewOneIsRefused(TestDatabase db) {
        Jpa jpa = withoutSecret(db);
        SecretBox none = SecretBox.of(Optional.empty(), List.of());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> jpa.run(em -> store(em, none).save(Map.of(Setting.SERVER_SECRET, SECRET), Map.of(), admin)));
        assertEquals("secret.key.missing", refused.key());

        jpa.run(em -> store(em).save(Map.of(Setting.SERVER_SECRET, SECRET), Map.of(), admin));
        IllegalStateException stop = assertThrows(IllegalStateException.class,
                () -> jpa.run(em -> store(em, none).resealStoredSecrets()));
        assertTrue(stop.getMessage().contains("BBB_SECRET_KEY is not set"), stop.getMessage());
        assertFalse(jpa.tx(em -> store(em, none).saved()).containsKey(Setting.SERVER_SECRET),
                "an unreadable secret reads as unset, and the other settings still read");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savedValuesComeBackAndASecondSaveReplacesThem(TestDatabase db) {
        Jpa jpa = withoutSecret(db);
        jpa.run(em -> store(em).save(Map.of(Setting.SERVER_URL, "https://bbb.example.org/bigbluebutton",
                Setting.MAX_PARTICIPANTS, "25"), Map.of(), admin));
        jpa.run(em -> store(em).save(Map.of(Setting.MAX_PARTICIPANTS, "30"), Map.of(), admin));
        jpa.run(em -> store(em).recordDetectedVersion("2.7.3"));
        Map<Setting, String> saved = jpa.tx(em -> store(em).saved());
        assertEquals("https://bbb.example.org/bigbluebutton", saved.get(Setting.SERVER_URL));
        assertEquals("30", saved.get(Setting.MAX_PARTICIPANTS));
        assertEquals("2.7.3", saved.get(Setting.DETECTED_VERSION));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everySaveIsInTheAuditLogWithTheValueBeforeAndAfterButASecretOnlyAsChanged(TestDatabase db) {
        Jpa jpa = withoutSecret(db);
        jpa.run(em -> store(em).save(Map.of(Setting.MAX_PARTICIPANTS, "25"), Map.of(Setting.MAX_PARTICIPANTS, "0"),
                admin));
        jpa.run(em -> store(em).save(Map.of(Setting.MAX_PARTICIPANTS, "30", Setting.SERVER_SECRET, SECRET),
                Map.of(Setting.MAX_PARTICIPANTS, "25"), admin));

        List<AuditEntry> history = AuditLogs.of(jpa, AuditLogs.by(admin.username()));
        List<String> seen = history.stream().map(e -> e.getAction() + " " + e.getTarget() + " "
                + e.getOldValue().orElse("-") + " " + e.getNewValue().orElse("-")).toList();
        assertEquals(Set.of("SECRET_CHANGED BBB_SERVER_SECRET - -", "SETTING_CHANGED BBB_MAX_PARTICIPANTS 25 30",
                "SETTING_CHANGED BBB_MAX_PARTICIPANTS 0 25"), Set.copyOf(seen));
        assertEquals("SETTING_CHANGED BBB_MAX_PARTICIPANTS 0 25", seen.get(2), "newest first");
        assertTrue(history.stream().allMatch(e -> e.getActorId().equals(Optional.of(admin.userId()))));
        assertFalse(history.stream().anyMatch(e -> e.toString().contains(SECRET) || e.getOldValue().orElse("")
                .contains(SECRET) || e.getNewValue().orElse("").contains(SECRET) || e.getDetails().isPresent()),
                "the secret is nowhere in the log");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSaveThatFailsLeavesNoEntry(TestDatabase db) {
        Jpa jpa = withoutSecret(db);
        SecretBox none = SecretBox.of(Optional.empty(), List.of());
        assertThrows(BusinessException.class, () -> jpa.run(em -> store(em, none).save(new EnumMap<>(Map.of(
                Setting.SERVER_URL, "https://bbb.example.org/bigbluebutton", Setting.SERVER_SECRET, SECRET)), Map.of(),
                admin)));
        assertEquals(List.of(), AuditLogs.of(jpa, AuditLogs.by(admin.username())),
                "the URL was written and recorded before the secret failed: both rolled back");
    }
}

package org.bbbrooms.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.conference.ConnectionReport.Outcome;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.junit.jupiter.api.Test;

/**
 * The Extra page's rules without the page: its form read back as settings, and saving, where a changed connection
 * is tested first and one that fails is saved only on "Save anyway".
 */
class SettingsChangesTest {

    private static final Actor ADMIN = new Actor(1, "admin", "Ada Admin", PlatformRole.ADMIN);
    private static final String URL = "https://bbb.example.org/bigbluebutton";

    private final MemoryStore store = new MemoryStore();
    private final StubCheck check = new StubCheck();
    private final SettingsService settings = MemoryStore.service(store, new MapConfig());
    private final SettingsChanges changes = new SettingsChanges();

    SettingsChangesTest() {
        changes.settings = settings;
        changes.test = check.test(settings);
        store.values.put(Setting.SERVER_URL, URL);
        store.values.put(Setting.SERVER_SECRET, "saved-secret");
    }

    @Test
    void theFormReadsBackAsTheSettingsItShows() {
        PlatformSettings saved = settings.current();
        SettingsForm form = SettingsForm.of(saved);
        assertEquals(saved, form.wanted(saved), "an untouched form asks for nothing new");

        form.setServerUrl("  " + URL + "  ");
        form.setMaxParticipants(null);
        form.setClientInterface(null);
        form.setPlatformRoomRoles(new PlatformRole[] {PlatformRole.TEACHER, PlatformRole.STUDENT});
        PlatformSettings wanted = form.wanted(saved);
        assertEquals(URL, wanted.serverUrl());
        assertEquals(0, wanted.maxParticipants(), "an emptied number is 0, no limit");
        assertEquals(saved.clientInterface(), wanted.clientInterface());
        assertEquals(Set.of(PlatformRole.TEACHER, PlatformRole.STUDENT), wanted.platformRoomRoles());
    }

    @Test
    void aChangeBesideTheConnectionIsSavedUntested() {
        SettingsForm form = SettingsForm.of(settings.current());
        form.setPersonalRooms(!form.isPersonalRooms());

        SettingsChanges.Attempt attempt = changes.save(form.wanted(settings.current()), Optional.empty(), ADMIN);

        assertTrue(attempt.saved());
        assertEquals(Optional.empty(), attempt.report());
        assertEquals(List.of(), check.tested);
        assertEquals(String.valueOf(form.isPersonalRooms()), store.values.get(Setting.PERSONAL_ROOMS));
    }

    @Test
    void aConnectionThatFailsItsTestWaitsForSaveAnyway() {
        check.answer = Outcome.WRONG_SECRET;
        PlatformSettings wanted = SettingsForm.of(settings.current()).wanted(settings.current());

        SettingsChanges.Attempt attempt = changes.save(wanted, Optional.of("typo-secret"), ADMIN);

        assertFalse(attempt.saved());
        assertEquals(Outcome.WRONG_SECRET, attempt.report().orElseThrow().outcome());
        assertEquals(List.of(BbbServerUrl.parse(URL)), check.tested, "a typed secret is a new connection");
        assertEquals("saved-secret", store.values.get(Setting.SERVER_SECRET), "nothing saved yet");

        changes.saveAnyway(wanted, Optional.of("typo-secret"), ADMIN);
        assertEquals("typo-secret", store.values.get(Setting.SERVER_SECRET));
    }

    @Test
    void anotherAlgorithmOrUrlIsTestedAndSavedWhenItPasses() {
        SettingsForm form = SettingsForm.of(settings.current());
        form.setAlgorithm(ChecksumAlgorithm.SHA512);
        assertTrue(changes.save(form.wanted(settings.current()), Optional.empty(), ADMIN).saved());
        form.setServerUrl("https://other.example.org/bigbluebutton/");
        assertTrue(changes.save(form.wanted(settings.current()), Optional.empty(), ADMIN).saved());

        assertEquals(2, check.tested.size());
        assertEquals("SHA512", store.values.get(Setting.CHECKSUM_ALGORITHM));
        assertEquals("https://other.example.org/bigbluebutton", store.values.get(Setting.SERVER_URL));

        form.setServerUrl("");
        assertTrue(changes.save(form.wanted(settings.current()), Optional.empty(), ADMIN).saved());
        assertEquals(2, check.tested.size(), "no server named, nothing to test");
    }
}

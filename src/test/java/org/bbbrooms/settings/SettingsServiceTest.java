package org.bbbrooms.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.settings.SettingsService.Source;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {

    private static final Actor ADMIN = new Actor(1, "admin", "Ada Admin", PlatformRole.ADMIN);
    private static final Actor TEACHER = new Actor(2, "teacher1", "Thomas Teacher", PlatformRole.TEACHER);

    private final MemoryStore store = new MemoryStore();
    private final MapConfig environment = new MapConfig();
    private final SettingsService settings = MemoryStore.service(store, environment);

    @Test
    void aSavedValueWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        assertEquals(0, settings.current().maxParticipants());
        assertEquals(Source.DEFAULT, settings.source(Setting.MAX_PARTICIPANTS));

        environment.set("BBB_MAX_PARTICIPANTS", "40");
        assertEquals(40, settings.current().maxParticipants());
        assertEquals(Source.ENVIRONMENT, settings.source(Setting.MAX_PARTICIPANTS));

        settings.save(with(settings.current(), "", 25, false), Optional.empty(), ADMIN);
        assertEquals("25", store.values.get(Setting.MAX_PARTICIPANTS));
        assertEquals(25, settings.current().maxParticipants());
        assertEquals(Source.SAVED, settings.source(Setting.MAX_PARTICIPANTS));
    }

    @Test
    void aValueThatCannotBeReadFallsBackToTheNextSource() {
        environment.set("BBB_MAX_PARTICIPANTS", "40").set("BBB_GROUP_ROOMS", "perhaps")
                .set("BBB_CHECKSUM_ALGORITHM", "md5").set("BBB_SERVER_URL", "ftp://bbb.example.org")
                .set("BBB_PLATFORM_ROOM_ROLES", "ADMIN,WIZARD").set("BBB_MEETING_DURATION", "-5");
        store.values.put(Setting.MAX_PARTICIPANTS, "lots");

        PlatformSettings current = settings.current();
        assertEquals(40, current.maxParticipants(), "a bad saved value gives way to the environment");
        assertEquals(Source.ENVIRONMENT, settings.source(Setting.MAX_PARTICIPANTS));
        assertTrue(current.groupRooms(), "a bad environment value gives way to the default");
        assertEquals(Source.DEFAULT, settings.source(Setting.GROUP_ROOMS));
        assertEquals(ChecksumAlgorithm.SHA256, current.algorithm());
        assertEquals("", current.serverUrl(), "an unusable URL is no server");
        assertEquals(EnumSet.allOf(PlatformRole.class), current.platformRoomRoles());
        assertEquals(0, current.durationMinutes(), "negative numbers are refused");
    }

    @Test
    void environmentValuesAreReadLeniently() {
        environment.set("BBB_PERSONAL_ROOMS", " Yes ").set("BBB_CHECKSUM_ALGORITHM", "sha-512")
                .set("BBB_SERVER_URL", "https://bbb.example.org/").set("BBB_CLIENT_INTERFACE", "user_choice")
                .set("BBB_PLATFORM_ROOM_ROLES", "teacher, student");
        PlatformSettings current = settings.current();
        assertTrue(current.personalRooms());
        assertEquals(ChecksumAlgorithm.SHA512, current.algorithm());
        assertEquals("https://bbb.example.org/bigbluebutton", current.serverUrl(), "normalised as BBB expects");
        assertEquals(ClientInterface.USER_CHOICE, current.clientInterface());
        assertEquals(Set.of(PlatformRole.TEACHER, PlatformRole.STUDENT), current.platformRoomRoles());
    }

    @Test
    void savingWritesOnlyWhatChangedSoThatUntouchedValuesKeepFollowingTheEnvironment() {
        environment.set("BBB_MAX_PARTICIPANTS", "40").set("BBB_SERVER_URL", "https://bbb.example.org/bigbluebutton");
        PlatformSettings current = settings.current();
        PlatformSettings wanted = with(current, current.serverUrl(), 40, true);

        settings.save(wanted, Optional.empty(), ADMIN);

        assertEquals(Map.of(Setting.PERSONAL_ROOMS, "true"), store.values);
        assertEquals("admin", store.savedBy.get(Setting.PERSONAL_ROOMS));
        assertEquals("false", store.before.get(Setting.PERSONAL_ROOMS), "the value before goes to the audit log");
        assertEquals(Source.ENVIRONMENT, settings.source(Setting.MAX_PARTICIPANTS));
        assertTrue(settings.current().personalRooms(), "applied at once");
    }

    @Test
    void aNewSecretIsSavedStrippedAndAnEmptyOneKeepsTheCurrent() {
        environment.set("BBB_SERVER_SECRET", "from-the-environment");
        PlatformSettings current = settings.current();
        assertTrue(current.secretSet());
        settings.save(current, Optional.empty(), ADMIN);
        assertEquals(Optional.of("from-the-environment"), settings.secret());

        settings.save(current, Optional.of("  typed-secret\n"), ADMIN);
        assertEquals(Optional.of("typed-secret"), settings.secret());
        assertEquals(Source.SAVED, settings.source(Setting.SERVER_SECRET));

        BusinessException blank = assertThrows(BusinessException.class,
                () -> settings.save(current, Optional.of("   "), ADMIN));
        assertEquals("extra.secret.blank", blank.key());
        assertEquals(Optional.of("typed-secret"), settings.secret());
    }

    @Test
    void badValuesAreRefusedWithAClearKeyAndNothingIsSaved() {
        PlatformSettings current = settings.current();
        BusinessException url = assertThrows(BusinessException.class,
                () -> settings.save(with(current, "bbb.example.org", 0, false), Optional.empty(), ADMIN));
        assertEquals("extra.serverUrl.invalid", url.key());
        assertTrue(url.args()[0].toString().contains("https://"), "the parser says how to fix it");

        BusinessException negative = assertThrows(BusinessException.class,
                () -> settings.save(with(current, "", -1, true), Optional.empty(), ADMIN));
        assertEquals("extra.number.negative", negative.key());
        assertTrue(store.values.isEmpty());
    }

    @Test
    void onlyAnAdminMaySave() {
        PlatformSettings current = settings.current();
        assertThrows(AccessDeniedException.class,
                () -> settings.save(with(current, "", 0, true), Optional.of("secret"), TEACHER));
        assertTrue(store.values.isEmpty());
    }

    @Test
    void theLoadBalancerIsOffUnlessTheEnvironmentOrAnAdminSaysSo() {
        assertFalse(settings.current().loadBalancer(), "never guessed from the server's answers");
        settings.recordDetectedVersion("2.0");
        assertFalse(settings.current().loadBalancer(), "Scalelite's API root answers as an old BBB does");

        environment.set("BBB_LOAD_BALANCER", "yes");
        assertTrue(settings.current().loadBalancer());
        assertEquals(Source.ENVIRONMENT, settings.source(Setting.LOAD_BALANCER));

        SettingsForm form = SettingsForm.of(settings.current());
        form.setLoadBalancer(false);
        settings.save(form.wanted(settings.current()), Optional.empty(), ADMIN);
        assertEquals("false", store.values.get(Setting.LOAD_BALANCER));
        assertFalse(settings.current().loadBalancer(), "the Extra page wins");
    }

    @Test
    void theDetectedVersionDecidesWhetherFlashIsOffered() {
        assertFalse(settings.current().flashAvailable(), "unknown version: no Flash");
        settings.recordDetectedVersion("2.2.31");
        assertTrue(settings.current().flashAvailable());
        settings.recordDetectedVersion("2.3.0");
        assertFalse(settings.current().flashAvailable());
    }

    private static PlatformSettings with(PlatformSettings s, String url, int max, boolean personalRooms) {
        return new PlatformSettings(s.conferencesEnabled(), url, s.secretSet(), s.algorithm(), s.platformRoom(),
                s.platformRoomRoles(), personalRooms, s.groupRooms(), max, s.durationMinutes(), s.recordByDefault(),
                s.studentsStartGroupRooms(), s.clientInterface(), s.openInNewTab(), s.deleteRecordingsWithCourse(),
                s.guestAccess(), s.loadBalancer(), s.detectedVersion());
    }
}

package org.bbbrooms.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.conference.ConnectionReport;
import org.bbbrooms.conference.ConnectionReport.Outcome;
import org.bbbrooms.platform.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * The Extra page's connection test around the gateway's check: the URL and secret as the page accepts them, the
 * saved secret when none is typed, and the version found recorded (the check itself: conference.ConnectionCheckTest).
 */
class ConnectionTestTest {

    private final MemoryStore store = new MemoryStore();
    private final StubCheck check = new StubCheck();
    private final ConnectionTest test = check.test(MemoryStore.service(store, new MapConfig()));

    @Test
    void refusesWhatThePageWouldRefuseBeforeCallingAnything() {
        assertEquals("extra.test.noUrl", fails(" ", Optional.of("secret")));
        assertEquals("extra.serverUrl.invalid", fails("bbb.example.org", Optional.of("secret")));
        assertEquals("extra.test.noSecret", fails("https://bbb.example.org/bigbluebutton", Optional.empty()));
        assertEquals("extra.secret.blank", fails("https://bbb.example.org/bigbluebutton", Optional.of("  ")));
        assertEquals(List.of(), check.tested, "no server was called");
    }

    @Test
    void testsTheNormalisedUrlWithTheSavedSecretAndRecordsTheVersion() {
        store.values.put(Setting.SERVER_SECRET, "saved-secret");

        ConnectionReport report = test.run("https://bbb.example.org/bigbluebutton/api/", Optional.empty(),
                ChecksumAlgorithm.SHA256);

        assertEquals(Outcome.OK, report.outcome());
        assertEquals(List.of(BbbServerUrl.parse("https://bbb.example.org/bigbluebutton")), check.tested);
        assertEquals("3.0.0", store.values.get(Setting.DETECTED_VERSION));
    }

    private String fails(String url, Optional<String> secret) {
        return assertThrows(BusinessException.class, () -> test.run(url, secret, ChecksumAlgorithm.SHA256)).key();
    }
}

package org.bbbrooms.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bbbrooms.conference.ConnectionReport;
import org.bbbrooms.identity.Actor;

/**
 * Saving the Extra page: a change to the connection (URL, secret or algorithm, with a server named) is tested first,
 * and one that fails its test is saved only once the admin confirms ("Save anyway"). Anything else is saved at once.
 * <p>Use: {@code Attempt a = changes.save(form.wanted(saved), typedSecret, admin); if (!a.saved()) ask to confirm;}
 */
@ApplicationScoped
public class SettingsChanges {

    @Inject
    SettingsService settings;

    @Inject
    ConnectionTest test;

    /**
     * What a save did: saved, or not because the changed connection failed its test.
     *
     * @param report the connection test's, when the connection changed
     */
    public record Attempt(boolean saved, Optional<ConnectionReport> report) {
    }

    /** Saves, unless the connection changed and fails its test: then nothing is saved and the report says why. */
    public Attempt save(PlatformSettings wanted, Optional<String> newSecret, Actor admin) {
        if (!connectionChanged(settings.current(), wanted, newSecret)) {
            settings.save(wanted, newSecret, admin);
            return new Attempt(true, Optional.empty());
        }
        ConnectionReport report = test.run(wanted.serverUrl(), newSecret, wanted.algorithm());
        if (report.ok()) {
            settings.save(wanted, newSecret, admin);
        }
        return new Attempt(report.ok(), Optional.of(report));
    }

    /** The admin's "Save anyway" after a failed test: saved untested. */
    public void saveAnyway(PlatformSettings wanted, Optional<String> newSecret, Actor admin) {
        settings.save(wanted, newSecret, admin);
    }

    static boolean connectionChanged(PlatformSettings saved, PlatformSettings wanted, Optional<String> newSecret) {
        return !wanted.serverUrl().isBlank() && (newSecret.isPresent() || wanted.algorithm() != saved.algorithm()
                || !SettingsService.serverUrl(wanted.serverUrl()).equals(saved.serverUrl()));
    }
}

package org.bbbrooms.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bbbrooms.conference.ConnectionSettings;
import org.bbbrooms.conference.ServerSettings;

/**
 * The platform settings as the BBB gateway reads them: conferences on or off, the server, its secret and algorithm.
 * The one reader of the secret besides the connection test.
 */
@ApplicationScoped
public class ConferenceSettings implements ConnectionSettings {

    @Inject
    SettingsService settings;

    @Override
    public ServerSettings server() {
        PlatformSettings current = settings.current();
        return new ServerSettings(current.conferencesEnabled(), current.serverUrl(), settings.secret(),
                current.algorithm());
    }
}

package org.bbbrooms.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.settings.SettingsService;

/**
 * BBB's learning analytics dashboard of a meeting, which BBB 2.4 and later serve at
 * {@code https://<server>/learning-analytics-dashboard/?meeting=<internal meeting id>}; it opens for the meeting's
 * moderators (BBB's client left them a cookie). The server is the one that hosted the meeting: behind a load
 * balancer, the one its join named, recorded on the meeting with its version when users joined
 * ({@link org.bbbrooms.room.LoadBalancedJoins}); otherwise the configured server, with the version that the
 * connection test detected. Offered only for 2.4 and later, never for the sandbox standing in for one BBB server,
 * and never on a load balancer's own host. Reads only the database and the settings: no call to BBB.
 * <p>Use: {@code dashboard.link(meeting, "fr").ifPresent(...)}.
 */
@ApplicationScoped
public class LearningDashboard {

    @Inject
    SettingsService settings;

    @Inject
    BbbConnection connection;

    public Optional<URI> link(Meeting meeting, String language) {
        Optional<String> internalId = meeting.getInternalMeetingId();
        if (internalId.isEmpty()) {
            return Optional.empty();
        }
        if (meeting.getServerUrl().isPresent()) {
            return meeting.getServerVersion().filter(LearningDashboard::offered)
                    .flatMap(v -> meeting.getServerUrl().map(URI::create))
                    .map(base -> url(base, internalId.get(), language));
        }
        if (connection.onSandbox() || settings.current().loadBalancer()) {
            return Optional.empty();
        }
        Optional<String> version = settings.current().detectedVersion().filter(LearningDashboard::offered);
        return version.flatMap(v -> connection.target())
                .map(target -> url(target.url().base(), internalId.get(), language));
    }

    /** Whether a BBB of this version serves the dashboard: 2.4 and later. */
    static boolean offered(String version) {
        String[] parts = version.trim().split("[^0-9]+");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 2 || (major == 2 && minor >= 4);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** The dashboard on the host of a BBB server's base URL. */
    static URI url(URI serverBase, String internalMeetingId, String language) {
        return URI.create(serverBase.getScheme() + "://" + serverBase.getRawAuthority()
                + "/learning-analytics-dashboard/?meeting=" + URLEncoder.encode(internalMeetingId, StandardCharsets.UTF_8)
                + "&lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
    }
}

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
 * moderators (BBB's client left them a cookie). Offered only when the detected server version has it and the
 * meeting ran on a real server (not the sandbox).
 * <p>Use: {@code dashboard.link(meeting, "fr").ifPresent(...)}.
 */
@ApplicationScoped
public class LearningDashboard {

    @Inject
    SettingsService settings;

    @Inject
    BbbConnection connection;

    public Optional<URI> link(Meeting meeting, String language) {
        if (connection.onSandbox() || meeting.getInternalMeetingId().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> version = settings.current().detectedVersion().filter(LearningDashboard::offered);
        return version.flatMap(v -> connection.target())
                .map(target -> url(target.url().base(), meeting.getInternalMeetingId().orElseThrow(), language));
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

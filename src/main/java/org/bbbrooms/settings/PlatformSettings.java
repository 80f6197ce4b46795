package org.bbbrooms.settings;

import java.util.Optional;
import java.util.Set;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.identity.PlatformRole;

/**
 * The effective conference settings of the platform, typed, as rooms and pages read them. The shared secret is not
 * here (only whether one is set): {@link org.bbbrooms.conference.BbbConnection} is the one place that uses it.
 * <p>Use: {@code if (settings.current().personalRooms()) ...}
 */
public record PlatformSettings(
        boolean conferencesEnabled,
        String serverUrl,
        boolean secretSet,
        ChecksumAlgorithm algorithm,
        boolean platformRoom,
        Set<PlatformRole> platformRoomRoles,
        boolean personalRooms,
        boolean groupRooms,
        int maxParticipants,
        int durationMinutes,
        boolean recordByDefault,
        boolean studentsStartGroupRooms,
        ClientInterface clientInterface,
        boolean openInNewTab,
        boolean deleteRecordingsWithCourse,
        boolean guestAccess,
        boolean loadBalancer,
        Optional<String> detectedVersion) {

    public PlatformSettings {
        platformRoomRoles = Set.copyOf(platformRoomRoles);
    }

    /** True when an admin (or the environment) named a BBB server; otherwise the sandbox may stand in. */
    public boolean serverConfigured() {
        return !serverUrl.isBlank() && secretSet;
    }

    /**
     * Whether the detected server still has the Flash client: BigBlueButton before 2.3. Unknown versions count as
     * recent, so Flash is never offered blindly.
     */
    public boolean flashAvailable() {
        return detectedVersion.map(PlatformSettings::olderThan23).orElse(false);
    }

    static boolean olderThan23(String version) {
        String[] parts = version.trim().split("[^0-9]+");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 2 || (major == 2 && minor < 3);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }
}

package org.bbbrooms.settings.options;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bbbrooms.bbb.GuestPolicy;
import org.bbbrooms.bbb.MeetingLayout;

/**
 * The registry of meeting options, in the order pages show them. Adding a BBB create parameter is one entry here
 * and its two bundle lines ({@code option.<key>} and {@code option.<key>.help}, in English and French): values are
 * stored as key/value rows, so the schema does not change (Greenlight's {@code meeting_options} work the same way).
 * Four options are older than the registry and keep their platform value on the Extra page ({@link #ON_EXTRA})
 * and their course value on the course's settings form ({@link #ON_COURSE_FORM}).
 * <p>Use: {@code MeetingOptions.find("muteOnStart").orElseThrow()}.
 */
public final class MeetingOptions {

    /** BBB 2.5's and 3.0's {@code disabledFeatures} values. */
    static final List<String> FEATURES = List.of("breakoutRooms", "captions", "chat", "externalVideos", "layouts",
            "learningDashboard", "polls", "screenshare", "sharedNotes", "virtualBackgrounds", "liveTranscription",
            "presentation", "cameraAsContent", "timer", "raiseHand", "userReactions");

    public static final List<MeetingOption> ALL = List.of(
            MeetingOption.flag("record", false, "0.8").decidedBy(Decision.COURSE),
            MeetingOption.flag("autoStartRecording", false, "0.9"),
            MeetingOption.flag("allowStartStopRecording", true, "0.9"),
            MeetingOption.flag("notifyRecordingIsOn", false, "2.6"),
            MeetingOption.html("welcome", "0.8").decidedBy(Decision.COURSE),
            MeetingOption.number("maxParticipants", 0, 0, 10_000, "0.8").decidedBy(Decision.COURSE),
            MeetingOption.number("duration", 0, 0, 10_080, "0.8"),
            MeetingOption.flag("endWhenNoModerator", false, "2.3"),
            MeetingOption.number("endWhenNoModeratorDelayInMinutes", 1, 1, 1_440, "2.3"),
            MeetingOption.flag("muteOnStart", false, "2.0"),
            MeetingOption.flag("allowModsToUnmuteUsers", false, "2.2"),
            MeetingOption.flag("webcamsOnlyForModerator", false, "2.0"),
            MeetingOption.flag("lockSettingsDisableCam", false, "2.2"),
            MeetingOption.flag("lockSettingsDisableMic", false, "2.2"),
            MeetingOption.flag("lockSettingsDisablePrivateChat", false, "2.2"),
            MeetingOption.flag("lockSettingsDisablePublicChat", false, "2.2"),
            MeetingOption.flag("lockSettingsDisableNotes", false, "2.3"),
            MeetingOption.flag("lockSettingsHideUserList", false, "2.2"),
            MeetingOption.flag("lockSettingsLockedLayout", false, "2.2"),
            MeetingOption.flag("lockSettingsLockOnJoin", true, "2.2"),
            MeetingOption.choice("guestPolicy", GuestPolicy.ALWAYS_ACCEPT.name(), names(GuestPolicy.values()), "2.0"),
            MeetingOption.choice("meetingLayout", MeetingLayout.SMART_LAYOUT.name(), names(MeetingLayout.values()),
                    "2.4"),
            MeetingOption.choices("disabledFeatures", FEATURES, "2.5"));

    /** The options whose platform value is a setting of the Extra page (and its environment variable). */
    public static final Set<String> ON_EXTRA = Set.of("record", "maxParticipants", "duration");

    /** The options a course keeps in its settings form's own fields rather than in option rows. */
    public static final Set<String> ON_COURSE_FORM = Set.of("record", "maxParticipants", "welcome");

    /** The limits that a course or a room may lower but never raise above the platform's value. */
    static final Set<String> CAPPED = Set.of("maxParticipants", "duration");

    private static final Map<String, MeetingOption> BY_KEY = ALL.stream()
            .collect(Collectors.toMap(MeetingOption::key, Function.identity()));

    private MeetingOptions() {
    }

    public static Optional<MeetingOption> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

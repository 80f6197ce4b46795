package org.bbbrooms.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The meeting options a {@code create} sent, as bbb-web reads them with its own defaults: microphones muted on
 * join, the viewers' lock settings ({@code lockSettings*}, applied to viewers who join while
 * {@code lockSettingsLockOnJoin} is on), and the other options it recognises, kept as sent. The conference page shows
 * them, and what they mean for the participant looking at it, so that tests see what BBB received.
 * <p>Use: {@code MeetingSettings.from(query).html(you, text)}.
 */
record MeetingSettings(boolean muteOnStart, Map<String, Boolean> locks, Map<String, String> others) {

    /** bbb-web's lock settings and their defaults, by the part of the name after {@code lockSettings}. */
    private static final Map<String, Boolean> LOCK_DEFAULTS = lockDefaults();

    private static final List<String> OTHERS = List.of("webcamsOnlyForModerator", "allowModsToUnmuteUsers",
            "guestPolicy", "meetingLayout", "disabledFeatures", "autoStartRecording", "allowStartStopRecording",
            "notifyRecordingIsOn", "endWhenNoModerator", "endWhenNoModeratorDelayInMinutes");

    MeetingSettings {
        locks = Map.copyOf(locks);
        others = Map.copyOf(others);
    }

    static MeetingSettings from(QueryString q) {
        Map<String, Boolean> locks = new LinkedHashMap<>();
        LOCK_DEFAULTS.forEach((name, byDefault) -> locks.put(name,
                q.nonBlank("lockSettings" + name).map(Boolean::parseBoolean).orElse(byDefault)));
        Map<String, String> others = new LinkedHashMap<>();
        OTHERS.forEach(name -> q.nonBlank(name).ifPresent(value -> others.put(name, value)));
        return new MeetingSettings(q.nonBlank("muteOnStart").map(Boolean::parseBoolean).orElse(false), locks, others);
    }

    /**
     * The page's section: {@code sandbox-mute-on-start} ({@code data-muted}), {@code sandbox-lock-settings} (one
     * {@code li} per lock with {@code data-lock}, {@code data-value} and {@code data-applies}: whether it holds for
     * you), and {@code sandbox-options} (one {@code li} per other option received, with {@code data-option} and
     * {@code data-value}).
     */
    String html(Attendee you, ResourceBundle text) {
        boolean locked = !you.moderator() && locks.get("LockOnJoin");
        String locksHtml = LOCK_DEFAULTS.keySet().stream().filter(name -> !name.equals("LockOnJoin"))
                .map(name -> "<li data-lock=\"" + name + "\" data-value=\"" + locks.get(name) + "\" data-applies=\""
                        + (locked && locks.get(name)) + "\">" + Pages.escape(text.getString("lock." + name)) + ": "
                        + yesNo(locks.get(name), text) + "</li>")
                .collect(Collectors.joining());
        String othersHtml = OTHERS.stream().filter(others::containsKey)
                .map(name -> "<li data-option=\"" + name + "\" data-value=\"" + Pages.escape(others.get(name))
                        + "\">" + name + " = " + Pages.escape(others.get(name)) + "</li>")
                .collect(Collectors.joining());
        return "<section aria-labelledby=\"sandbox-settings-heading\"><h2 id=\"sandbox-settings-heading\">"
                + Pages.escape(text.getString("conference.settings")) + "</h2>"
                + "<p id=\"sandbox-mute-on-start\" data-muted=\"" + muteOnStart + "\">"
                + Pages.escape(text.getString("conference.muteOnStart")) + ": " + yesNo(muteOnStart, text) + "</p>"
                + "<p id=\"sandbox-lock-on-join\">" + Pages.escape(text.getString("lock.LockOnJoin")) + ": "
                + yesNo(locks.get("LockOnJoin"), text) + "</p>"
                + "<ul id=\"sandbox-lock-settings\">" + locksHtml + "</ul>"
                + "<ul id=\"sandbox-options\">" + othersHtml + "</ul></section>";
    }

    private static String yesNo(boolean value, ResourceBundle text) {
        return Pages.escape(text.getString(value ? "conference.yes" : "conference.no"));
    }

    private static Map<String, Boolean> lockDefaults() {
        Map<String, Boolean> defaults = new LinkedHashMap<>();
        for (String name : List.of("DisableCam", "DisableMic", "DisablePrivateChat", "DisablePublicChat",
                "DisableNotes", "HideUserList", "LockedLayout")) {
            defaults.put(name, false);
        }
        defaults.put("LockOnJoin", true);
        return defaults;
    }
}

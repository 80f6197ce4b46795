package org.bbbrooms.settings.options;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.bbb.CreateMeetingRequest;
import org.bbbrooms.bbb.GuestPolicy;
import org.bbbrooms.bbb.MeetingLayout;

/**
 * One meeting option: the BBB {@code create} parameter it sets (also its key in the database and its label's key in
 * the bundles, {@code option.<key>} and {@code option.<key>.help}), its type and default (BBB's own, so that a
 * default is never sent), bounds or choices, the oldest BBB version that knows it, and who decides it until an admin
 * says otherwise. {@link MeetingOptions} lists them all.
 * <p>Use: {@code option.applyTo(builder, "true")}.
 *
 * @param since {@code major.minor}, e.g. {@code "2.5"}
 */
public record MeetingOption(String key, OptionType type, String defaultValue, String since, int min, int max,
        List<String> choices, Decision defaultDecision) implements java.io.Serializable {

    public MeetingOption {
        choices = List.copyOf(choices);
    }

    static MeetingOption flag(String key, boolean defaultValue, String since) {
        return new MeetingOption(key, OptionType.BOOLEAN, String.valueOf(defaultValue), since, 0, 0, List.of(),
                Decision.PLATFORM);
    }

    static MeetingOption number(String key, int defaultValue, int min, int max, String since) {
        return new MeetingOption(key, OptionType.NUMBER, String.valueOf(defaultValue), since, min, max, List.of(),
                Decision.PLATFORM);
    }

    static MeetingOption choice(String key, String defaultValue, List<String> choices, String since) {
        return new MeetingOption(key, OptionType.CHOICE, defaultValue, since, 0, 0, choices, Decision.PLATFORM);
    }

    static MeetingOption choices(String key, List<String> choices, String since) {
        return new MeetingOption(key, OptionType.CHOICES, "", since, 0, 0, choices, Decision.PLATFORM);
    }

    static MeetingOption html(String key, String since) {
        return new MeetingOption(key, OptionType.HTML, "", since, 0, 0, List.of(), Decision.PLATFORM);
    }

    /** The same option, decided by someone else until an admin chooses. */
    MeetingOption decidedBy(Decision decision) {
        return new MeetingOption(key, type, defaultValue, since, min, max, choices, decision);
    }

    /** Whether a server of this version knows the option; an unknown version is taken to know it. */
    public boolean supportedBy(Optional<String> serverVersion) {
        return serverVersion.map(v -> compare(v, since) >= 0).orElse(true);
    }

    /** Sets the option on a create request, through the builder's typed method where it has one. */
    public void applyTo(CreateMeetingRequest.Builder create, String value) {
        switch (key) {
            case "record" -> create.record(Boolean.valueOf(value));
            case "muteOnStart" -> create.muteOnStart(Boolean.valueOf(value));
            case "autoStartRecording" -> create.autoStartRecording(Boolean.valueOf(value));
            case "allowStartStopRecording" -> create.allowStartStopRecording(Boolean.valueOf(value));
            case "maxParticipants" -> create.maxParticipants(Integer.valueOf(value));
            case "duration" -> create.duration(Integer.valueOf(value));
            case "welcome" -> create.welcome(value);
            case "guestPolicy" -> create.guestPolicy(GuestPolicy.valueOf(value));
            case "meetingLayout" -> create.meetingLayout(MeetingLayout.valueOf(value));
            default -> create.parameter(key, value);
        }
    }

    /** Compares {@code major.minor} versions ({@code 3.0.1} and {@code 3.0} are equal); garbage counts as 0. */
    static int compare(String version, String other) {
        int[] a = numbers(version);
        int[] b = numbers(other);
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }

    private static int[] numbers(String text) {
        String[] pieces = text.strip().toLowerCase(Locale.ROOT).split("[^0-9]+", -1);
        int[] parts = new int[2];
        for (int i = 0; i < 2 && i < pieces.length; i++) {
            parts[i] = pieces[i].isEmpty() || pieces[i].length() > 6 ? 0 : Integer.parseInt(pieces[i]);
        }
        return parts;
    }
}

package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bbbrooms.settings.options.Decision;
import org.bbbrooms.settings.options.EffectiveOptions;
import org.bbbrooms.settings.options.MeetingOption;
import org.bbbrooms.settings.options.MeetingOptions;
import org.bbbrooms.settings.options.OptionState;
import org.bbbrooms.settings.options.Source;
import org.junit.jupiter.api.Test;

/**
 * Every option of the registry reaches the create call's query under its BBB name with its value; defaults and
 * options the server does not know are not sent.
 */
class MeetingOptionsQueryTest {

    @Test
    void everyOptionIsSentUnderItsBbbNameWithItsValue() {
        List<OptionState> states = MeetingOptions.ALL.stream().map(o -> state(o, changed(o), true)).toList();
        Map<String, List<String>> sent = sent(new EffectiveOptions(states));
        for (OptionState state : states) {
            assertEquals(List.of(state.value()), sent.get(state.key()), state.key());
        }
    }

    @Test
    void defaultsAndUnknownOptionsAreNotSent() {
        List<OptionState> states = new ArrayList<>();
        MeetingOptions.ALL.forEach(o -> states.add(state(o, o.defaultValue(), true)));
        Map<String, List<String>> sent = sent(new EffectiveOptions(states));
        MeetingOptions.ALL.forEach(o -> assertFalse(sent.containsKey(o.key()), o.key() + " at BBB's default"));

        MeetingOption layout = MeetingOptions.find("meetingLayout").orElseThrow();
        Map<String, List<String>> old = sent(new EffectiveOptions(List.of(state(layout, "VIDEO_FOCUS", false))));
        assertFalse(old.containsKey("meetingLayout"), "a server older than 2.4 does not get it");
    }

    @Test
    void theRegistryKnowsTheServersThatSupportEachOption() {
        MeetingOption features = MeetingOptions.find("disabledFeatures").orElseThrow();
        assertFalse(features.supportedBy(Optional.of("2.4.9")));
        assertTrue(features.supportedBy(Optional.of("2.5")));
        assertTrue(features.supportedBy(Optional.of("3.0.0-beta")));
        assertTrue(features.supportedBy(Optional.empty()), "unknown version: sent");
    }

    /** A value other than the default, of the option's type. */
    private static String changed(MeetingOption option) {
        return switch (option.type()) {
            case BOOLEAN -> String.valueOf(!Boolean.parseBoolean(option.defaultValue()));
            case NUMBER -> String.valueOf(option.max());
            case CHOICE -> option.choices().get(option.choices().size() - 1);
            case CHOICES -> option.choices().get(0) + "," + option.choices().get(2);
            case HTML -> "<p>Welcome &amp; hello</p>";
        };
    }

    private static OptionState state(MeetingOption option, String value, boolean supported) {
        return new OptionState(option, Decision.PLATFORM, value, Source.PLATFORM, value, supported);
    }

    private static Map<String, List<String>> sent(EffectiveOptions options) {
        CreateMeetingRequest.Builder create = CreateMeetingRequest.builder().meetingID("m-1").name("Room");
        options.applyTo(create);
        return Arrays.stream(create.build().toQuery().raw().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.groupingBy(p -> p[0],
                        Collectors.mapping(p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8), Collectors.toList())));
    }
}

package org.bbbrooms.settings.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.bbbrooms.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** Who decides, level by level: the platform's value, a course's where courses decide, a room's where rooms do. */
class LayersTest {

    private static final MeetingOption CAM = MeetingOptions.find("lockSettingsDisableCam").orElseThrow();
    private static final MeetingOption MAX = MeetingOptions.find("maxParticipants").orElseThrow();

    private static OptionState resolve(MeetingOption option, Decision decision, Map<String, String> platform,
            Map<String, String> course, Map<String, String> room) {
        return new Layers(Map.of(option.key(), decision), platform, course, room, Optional.of("3.0.0")).resolve(option);
    }

    @Test
    void eachLevelDecidesOnlyWhereThePlatformLetsIt() {
        Map<String, String> platform = Map.of(CAM.key(), "false");
        Map<String, String> course = Map.of(CAM.key(), "true");
        Map<String, String> room = Map.of(CAM.key(), "false");
        OptionState fixed = resolve(CAM, Decision.PLATFORM, platform, course, room);
        assertEquals("false", fixed.value());
        assertEquals(Source.PLATFORM, fixed.source());
        assertEquals("false", resolve(CAM, Decision.HIDDEN, platform, course, room).value(), "hidden: the platform's");
        OptionState byCourse = resolve(CAM, Decision.COURSE, platform, course, room);
        assertEquals("true", byCourse.value(), "a room's value counts only where rooms decide");
        assertEquals(Source.COURSE, byCourse.source());
        assertEquals(Source.ROOM, resolve(CAM, Decision.ROOM, platform, course, room).source());
        assertEquals("false", resolve(CAM, Decision.ROOM, platform, course, room).value());
        OptionState untouched = resolve(CAM, Decision.ROOM, Map.of(), Map.of(), Map.of());
        assertEquals(CAM.defaultValue(), untouched.value());
        assertEquals(Source.DEFAULT, untouched.source());
    }

    @Test
    void limitsStayCappedByThePlatform() {
        Map<String, String> platform = Map.of(MAX.key(), "30");
        assertEquals("30", resolve(MAX, Decision.ROOM, platform, Map.of(), Map.of(MAX.key(), "50")).value());
        assertEquals("30", resolve(MAX, Decision.ROOM, platform, Map.of(MAX.key(), "0"), Map.of()).value(),
                "'no limit' is above any limit");
        assertEquals("12", resolve(MAX, Decision.ROOM, platform, Map.of(MAX.key(), "12"), Map.of()).value());
        assertEquals("50", resolve(MAX, Decision.ROOM, Map.of(MAX.key(), "0"), Map.of(MAX.key(), "50"), Map.of())
                .value(), "any limit where the platform has none");
    }

    @Test
    void anOptionTheServerDoesNotKnowIsMarked() {
        MeetingOption features = MeetingOptions.find("disabledFeatures").orElseThrow();
        OptionState state = new Layers(Map.of(), Map.of(), Map.of(), Map.of(), Optional.of("2.4.1")).resolve(features);
        assertFalse(state.supported());
    }

    @Test
    void valuesAreCheckedAgainstTheirType() {
        MeetingOption delay = MeetingOptions.find("endWhenNoModeratorDelayInMinutes").orElseThrow();
        assertEquals("options.invalid", assertThrows(BusinessException.class,
                () -> delay.type().normalise(delay, "0")).key(), "below the range");
        assertEquals("options.invalid", assertThrows(BusinessException.class,
                () -> CAM.type().normalise(CAM, "maybe")).key());
        MeetingOption policy = MeetingOptions.find("guestPolicy").orElseThrow();
        assertThrows(BusinessException.class, () -> policy.type().normalise(policy, "LET_EVERYONE"));
        MeetingOption features = MeetingOptions.find("disabledFeatures").orElseThrow();
        assertEquals("chat,polls", features.type().normalise(features, "polls, chat"), "in the registry's order");
        assertThrows(BusinessException.class, () -> features.type().normalise(features, "chat,teleport"));
        MeetingOption welcome = MeetingOptions.find("welcome").orElseThrow();
        assertEquals("<b>Hi</b>", welcome.type().normalise(welcome, "<b>Hi</b><script>alert(1)</script>"));
    }
}

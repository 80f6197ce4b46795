package org.bbbrooms.settings.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What decides the options of one place, read once: the admin's decisions and platform values, the course's and the
 * room's own values (empty maps where there is no course or room), and the server's version. {@link #resolve()}
 * combines them: the platform's value, overridden by the course's where the course may decide, then by the room's;
 * the participant limit and the duration never above a platform limit.
 * <p>Use: {@code new Layers(decisions, platform, course, Map.of(), version).resolve()}.
 */
record Layers(Map<String, Decision> decisions, Map<String, String> platform, Map<String, String> course,
        Map<String, String> room, Optional<String> version) {

    Decision decision(MeetingOption option) {
        return decisions.getOrDefault(option.key(), option.defaultDecision());
    }

    List<OptionState> resolve() {
        List<OptionState> states = new ArrayList<>();
        for (MeetingOption option : MeetingOptions.ALL) {
            states.add(resolve(option));
        }
        return states;
    }

    OptionState resolve(MeetingOption option) {
        String key = option.key();
        Decision decision = decision(option);
        String platformValue = platform.getOrDefault(key, option.defaultValue());
        Source source = !platform.containsKey(key) ? Source.DEFAULT
                : MeetingOptions.ON_EXTRA.contains(key) ? Source.EXTRA : Source.PLATFORM;
        String value = platformValue;
        if (decision.courseMay() && course.containsKey(key)) {
            value = course.get(key);
            source = Source.COURSE;
        }
        if (decision.roomMay() && room.containsKey(key)) {
            value = room.get(key);
            source = Source.ROOM;
        }
        if (MeetingOptions.CAPPED.contains(key) && exceeds(value, platformValue)) {
            value = platformValue;
        }
        return new OptionState(option, decision, value, source, platformValue, option.supportedBy(version));
    }

    /** Whether a limit is above the platform's (0 is "no limit", above any other). */
    static boolean exceeds(String value, String platformLimit) {
        int limit = Integer.parseInt(platformLimit);
        int wanted = Integer.parseInt(value);
        return limit > 0 && (wanted == 0 || wanted > limit);
    }
}

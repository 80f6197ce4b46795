package org.bbbrooms.settings.options;

import java.util.List;
import java.util.Optional;
import org.bbbrooms.bbb.CreateMeetingRequest;

/**
 * The options a room's next meeting is created with. {@link #applyTo} sets each one the server knows whose value
 * is not BBB's default; record, welcome, the limit and the duration are also read one by one for the meeting's row.
 * <p>Use: {@code options.effective(courseId, roomId).applyTo(createBuilder)}.
 */
public record EffectiveOptions(List<OptionState> states) {

    public EffectiveOptions {
        states = List.copyOf(states);
    }

    public String value(String key) {
        return states.stream().filter(s -> s.key().equals(key)).findFirst().map(OptionState::value)
                .orElseThrow(() -> new IllegalArgumentException("no meeting option " + key));
    }

    /** The option's value when a layer (platform, Extra, course or room) chose one, rather than BBB's default. */
    public Optional<String> chosen(String key) {
        return states.stream().filter(s -> s.key().equals(key) && s.source() != Source.DEFAULT).findFirst()
                .map(OptionState::value);
    }

    public boolean record() {
        return Boolean.parseBoolean(value("record"));
    }

    public String welcome() {
        return value("welcome");
    }

    public int maxParticipants() {
        return Integer.parseInt(value("maxParticipants"));
    }

    public int durationMinutes() {
        return Integer.parseInt(value("duration"));
    }

    public void applyTo(CreateMeetingRequest.Builder create) {
        states.stream().filter(OptionState::sent).forEach(s -> s.option().applyTo(create, s.value()));
    }
}

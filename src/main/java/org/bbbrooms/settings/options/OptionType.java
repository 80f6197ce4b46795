package org.bbbrooms.settings.options;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.Html;

/**
 * The kinds of value a meeting option takes, each with the one text form it is stored and sent in: {@code true} or
 * {@code false}, a whole number within the option's bounds, one of its choices, a comma-separated subset of its
 * choices (in the registry's order), or sanitised HTML.
 * <p>Use: {@code String stored = option.type().normalise(option, typed);}
 */
public enum OptionType {
    BOOLEAN, NUMBER, CHOICE, CHOICES, HTML;

    /**
     * The value in its stored form.
     *
     * @throws BusinessException {@code options.invalid} naming the option and what it accepts
     */
    public String normalise(MeetingOption option, String value) {
        String text = value == null ? "" : value.strip();
        return switch (this) {
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> "true";
                case "false" -> "false";
                default -> throw invalid(option, "true, false");
            };
            case NUMBER -> number(option, text);
            case CHOICE -> option.choices().stream().filter(text::equals).findFirst()
                    .orElseThrow(() -> invalid(option, String.join(", ", option.choices())));
            case CHOICES -> choices(option, text);
            case HTML -> Html.sanitize(text);
        };
    }

    private static String number(MeetingOption option, String text) {
        try {
            int number = Integer.parseInt(text);
            if (number >= option.min() && number <= option.max()) {
                return String.valueOf(number);
            }
        } catch (NumberFormatException e) {
            // refused below, with the bounds
        }
        throw invalid(option, option.min() + "–" + option.max());
    }

    private static String choices(MeetingOption option, String text) {
        Set<String> picked = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> unknown = picked.stream().filter(p -> !option.choices().contains(p)).toList();
        if (!unknown.isEmpty()) {
            throw invalid(option, String.join(", ", option.choices()));
        }
        return option.choices().stream().filter(picked::contains).collect(Collectors.joining(","));
    }

    private static BusinessException invalid(MeetingOption option, String accepted) {
        return new BusinessException("options.invalid", option.key(), accepted);
    }
}

package org.bbbrooms.bbb;

import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Early validation of request values, with messages that say how to fix them. */
final class Checks {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private Checks() {
    }

    static String meetingId(String field, String value) {
        String id = required(field, value);
        if (id.length() < 2 || id.length() > 256 || id.contains(",")) {
            throw new IllegalArgumentException(field + " must be 2 to 256 characters without commas (got "
                    + id.length() + " characters" + (id.contains(",") ? " with a comma" : "")
                    + "): keep it to letters, digits, '-' and '_'");
        }
        return id;
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required: give a non-blank value");
        }
        return value;
    }

    static String singleLine(String field, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(field + " must be " + min + " to " + max + " characters long (got "
                    + value.length() + "): shorten or complete it");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be a single line without control characters: "
                    + "remove line breaks and tabs");
        }
        return value;
    }

    static Integer atLeast(String field, Integer value, int min) {
        if (value != null && value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + " (got " + value + ")");
        }
        return value;
    }

    static URI webUrl(String field, URI value) {
        if (value != null && (!value.isAbsolute() || value.getHost() == null
                || !value.getScheme().equalsIgnoreCase("https") && !value.getScheme().equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException(field + " must be an absolute http(s) URL, e.g. https://lms.example.org/");
        }
        return value;
    }

    static Map<String, String> keyed(String field, Map<String, String> values) {
        values.forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(field + " key '" + key + "' is not allowed: start with a letter, "
                        + "then up to 63 letters, digits, '-' or '_' (give it without prefix)");
            }
            if (value == null) {
                throw new IllegalArgumentException(field + " '" + key + "' has no value: give one, or leave the key out");
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static Map<String, String> metadata(Map<String, String> values) {
        Map<String, String> checked = keyed("metadata", values == null ? Map.of() : values);
        checked.keySet().stream().filter(key -> key.toLowerCase(Locale.ROOT).startsWith("meta_")).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("metadata key '" + key + "' must be given without the meta_ prefix: "
                    + "the client adds it");
        });
        return checked;
    }

    static List<String> ids(String field, Collection<String> values) {
        for (String id : values) {
            if (id == null || id.isBlank() || id.contains(",")) {
                throw new IllegalArgumentException("each " + field + " must be non-blank and without commas: "
                        + "pass the IDs as separate list entries");
            }
        }
        return List.copyOf(values);
    }
}

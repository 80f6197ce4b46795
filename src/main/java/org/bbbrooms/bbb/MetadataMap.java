package org.bbbrooms.bbb;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An unmodifiable metadata map whose {@code toString()} masks callback URLs, which carry per-meeting tokens,
 * so that a logged {@link MeetingInfo} or {@link Recording} does not leak them.
 */
final class MetadataMap extends AbstractMap<String, String> {

    private final Map<String, String> entries;

    MetadataMap(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public String toString() {
        return entries.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getKey().toLowerCase(Locale.ROOT).contains("url") ? "***" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}

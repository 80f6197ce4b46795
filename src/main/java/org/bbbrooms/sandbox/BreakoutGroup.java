package org.bbbrooms.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One pre-assigned breakout room of create's {@code groups} parameter (BBB 2.7+): a JSON array of
 * {@code {"id":…,"name":…,"roster":[userID,…]}}, the name being optional. The sandbox records and shows them; like
 * bbb-web, it refuses a create whose {@code groups} is not such an array.
 */
record BreakoutGroup(String id, String name, List<String> roster) {

    static List<BreakoutGroup> parse(String json) {
        if (!(JsonReader.read(json) instanceof List<?> array)) {
            throw new IllegalArgumentException("groups is not a JSON array");
        }
        List<BreakoutGroup> groups = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof Map<?, ?> group) || !(group.get("id") instanceof String id)
                    || !(group.get("roster") instanceof List<?> roster)) {
                throw new IllegalArgumentException("each group needs a string id and a roster array");
            }
            Object name = group.get("name");
            groups.add(new BreakoutGroup(id, name instanceof String s ? s : "",
                    roster.stream().map(String::valueOf).toList()));
        }
        return List.copyOf(groups);
    }
}

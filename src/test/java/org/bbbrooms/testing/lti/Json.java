package org.bbbrooms.testing.lti;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON in and out as plain maps and lists, the shape in which nimbus holds JWT claims too. */
final class Json {

    private Json() {
    }

    static String write(Map<String, ?> object) {
        return JSONObjectUtils.toJSONString(object);
    }

    /** A JSON array, as the AGS containers are. */
    static String write(List<?> array) {
        return JSONArrayUtils.toJSONString(array);
    }

    /**
     * An object of these names and values, in this order, leaving out the null values (as JSON's optional members
     * are left out rather than sent as null): {@code fields("id", id, "label", label)}.
     */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                object.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return object;
    }

    /** Parses a JSON object, refusing anything else with a 400 that says why. */
    static Map<String, Object> read(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw Rejected.bad("Not a JSON object: " + e.getMessage());
        }
    }

    /** The member as an object, or null when absent; a member of another type is refused. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, ?> json, String name) {
        Object value = json.get(name);
        Rejected.require(value == null || value instanceof Map, name + " must be a JSON object");
        return (Map<String, Object>) value;
    }

    /** The member as a list, or an empty list when absent; a member of another type is refused. */
    @SuppressWarnings("unchecked")
    static List<Object> array(Map<String, ?> json, String name) {
        Object value = json.get(name);
        Rejected.require(value == null || value instanceof List, name + " must be a JSON array");
        return value == null ? List.of() : (List<Object>) value;
    }

    /** The member as a string, or null when absent; a member of another type is refused. */
    static String string(Map<String, ?> json, String name) {
        Object value = json.get(name);
        Rejected.require(value == null || value instanceof String, name + " must be a string");
        return (String) value;
    }
}

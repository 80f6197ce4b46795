package org.bbbrooms.identity.csv;

import java.util.List;

/** What a CSV file holds, and the header it must start with (columns after the required ones are optional). */
public enum ImportKind {
    USERS(List.of("username", "displayName", "email", "role"), List.of("password")),
    ENROLLMENTS(List.of("username", "course", "courseRole"), List.of("group"));

    private final List<String> required;
    private final List<String> optional;

    ImportKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /** The header as a user should type it, for messages. */
    public String headerHint() {
        return String.join(",", required) + "[," + String.join(",", optional) + "]";
    }
}

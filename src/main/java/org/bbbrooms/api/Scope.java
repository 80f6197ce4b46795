package org.bbbrooms.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an API client may do. Admins grant scopes per client; each resource method names the one it needs with
 * {@link RequiresScope}. On the wire (tokens' descriptions, {@code /api/v1/me}) scopes are lower case.
 * <p>Use: {@code @RequiresScope(Scope.PROVISION)} on a method that writes users.
 */
public enum Scope {
    /** Users, courses, rooms and recordings, read only. */
    READ,
    /** Users, courses, groups and enrollments: create, update, deactivate. */
    PROVISION,
    /** Join links that sign a user in and open a room. */
    ROOMS,
    /** Meetings and attendance. */
    REPORTS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Parses a stored, comma-separated list; unknown names are dropped. */
    public static Set<Scope> parse(String list) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Scope::fromWire).flatMap(Optional::stream)
                .forEach(scopes::add);
        return scopes;
    }

    public static String format(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::wireName).collect(Collectors.joining(","));
    }
}

package org.bbbrooms.platform.web;

/**
 * Reads a numeric id from a URL parameter. A missing or tampered value becomes -1, which no row has, so the
 * service answers "not found" instead of the page failing on a conversion error.
 * <p>Use: {@code users.find(Ids.parse(idParam))}.
 */
public final class Ids {

    private Ids() {
    }

    public static long parse(String value) {
        if (value == null || value.isBlank() || value.length() > 18) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

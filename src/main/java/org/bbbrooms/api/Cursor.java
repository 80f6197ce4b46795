package org.bbbrooms.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page cursors: the sort key of the last row of a page (for example its time and id), joined and encoded in
 * base64url so that callers pass it back unchanged. A cursor that does not decode to the expected number of parts
 * is a 400 problem, never a wrong page.
 * <p>Use: {@code Cursor.of(m.startedAt().toString(), m.id())} and {@code Cursor.parse(cursor, 2)}.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String of(Object... parts) {
        String joined = String.join(SEPARATOR, Arrays.stream(parts).map(String::valueOf).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> parse(String cursor, int parts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> split = List.of(joined.split(SEPARATOR, -1));
            if (split.size() != parts) {
                throw new IllegalArgumentException("parts");
            }
            return split;
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "api.cursor.invalid");
        }
    }

    /** The cursor's part at that index as a number; a cursor whose part is not one is a 400 problem. */
    public static long number(List<String> parts, int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "api.cursor.invalid");
        }
    }
}

package org.bbbrooms.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list of {@code /api/v1}: the items, and the cursor of the next page ({@code null} on the last), to
 * pass back as {@code ?cursor=}. Cursors are keyset positions, so pages stay right while rows are added.
 * <p>Use: {@code ApiPage.of(rows, limit, r -> Cursor.of(r.id()))} with {@code rows} read as {@code limit + 1}.
 */
public record ApiPage<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public ApiPage {
        items = List.copyOf(items);
    }

    /**
     * The page from {@code limit + 1} rows read after the cursor: the extra row, if any, only says that another
     * page exists, and the cursor points after the last row kept.
     */
    public static <T> ApiPage<T> of(List<T> rowsPlusOne, int limit, Function<T, String> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new ApiPage<>(rowsPlusOne, null);
        }
        List<T> kept = rowsPlusOne.subList(0, limit);
        return new ApiPage<>(kept, cursorOf.apply(kept.get(limit - 1)));
    }

    /** The limit asked for, checked: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    public static int limit(Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw new ApiProblem(400, "api.limit.invalid", MAX_LIMIT);
        }
        return asked;
    }
}

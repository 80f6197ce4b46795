package org.bbbrooms.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bbbrooms.platform.persistence.Keyset;

/**
 * Cursor pages over lists ordered newest first by (time, id), which the services read by {@link Keyset}: the
 * {@code limit} and {@code cursor} query parameters in, a page whose {@code next} cursor (see {@link ApiPage}) holds
 * the last item's time and id out. Parameters arrive as text so that a bad value is a 400 problem saying what to send,
 * rather than JAX-RS' bare 404.
 * <p>Use: {@code int limit = KeysetPaging.limit(limitParam);}
 * {@code rows = service.list(actor, KeysetPaging.after(cursor), limit + 1);}
 * {@code return KeysetPaging.page(rows, limit, r -> new Keyset(r.started(), r.id()), Body::of, Body.Page::new);}
 */
public final class KeysetPaging {

    /** How the parameters are described in the OpenAPI document. */
    public static final String LIMIT = "How many items to return: 1 to 1000, 100 when absent.";
    public static final String CURSOR = "The `next` value of the previous page, unchanged, for the page after it.";

    private KeysetPaging() {
    }

    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return ApiPage.limit(null);
        }
        try {
            return ApiPage.limit(Integer.valueOf(limit.strip()));
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "api.limit.invalid", ApiPage.MAX_LIMIT);
        }
    }

    /** The position the cursor names, none for the first page; a cursor this API did not give is a 400 problem. */
    public static Optional<Keyset> after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = Cursor.parse(cursor.strip(), 2);
        try {
            return Optional.of(new Keyset(Instant.parse(parts.get(0)), Cursor.number(parts, 1)));
        } catch (DateTimeParseException e) {
            throw new ApiProblem(400, "api.cursor.invalid");
        }
    }

    /**
     * The page of {@code limit + 1} rows read after the cursor, each converted for the wire, made by {@code page}
     * from the items and the next cursor (a record of the list's own, so that the OpenAPI document names its items).
     */
    public static <R, T, P> P page(List<R> rowsPlusOne, int limit, Function<R, Keyset> key, Function<R, T> body,
            BiFunction<List<T>, String, P> page) {
        ApiPage<R> rows = ApiPage.of(rowsPlusOne, limit, row -> {
            Keyset last = key.apply(row);
            return Cursor.of(last.at(), last.id());
        });
        return page.apply(rows.items().stream().map(body).toList(), rows.next());
    }
}

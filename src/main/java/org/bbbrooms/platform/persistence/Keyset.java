package org.bbbrooms.platform.persistence;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The position of a row in a list ordered newest first by (time, id): the next page is the rows after it, found by
 * the index on those columns rather than by counting rows off (OFFSET), so that pages of a big table cost the same
 * wherever they start and stay right while new rows arrive.
 * <p>Use: {@code "select m from Meeting m where m.room.id = :room" + Keyset.olderThan(after, "m.openedAt", "m.id")
 * + " order by m.openedAt desc, m.id desc"}, then {@code Keyset.bind(query, after).setMaxResults(max)}.
 */
public record Keyset(Instant at, long id) {

    public Keyset {
        Objects.requireNonNull(at);
    }

    /** The JPQL condition (starting with " and ") for rows after the position, if any, in newest-first order. */
    public static String olderThan(Optional<Keyset> after, String timeField, String idField) {
        return after.isEmpty() ? "" : " and (" + timeField + " < :keysetAt or (" + timeField + " = :keysetAt and "
                + idField + " < :keysetId))";
    }

    /** Binds the position's values to the condition that {@link #olderThan} wrote. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Optional<Keyset> after) {
        after.ifPresent(at -> query.setParameter("keysetAt", at.at()).setParameter("keysetId", at.id()));
        return query;
    }
}

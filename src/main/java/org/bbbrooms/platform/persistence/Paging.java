package org.bbbrooms.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Runs a filtered, sorted, paged Criteria query and its count with the same predicates, so that each service's
 * search method is a few lines of "which predicates" and nothing else.
 * <p>Use: {@code Paging.page(em, User.class, request, Set.of("username"), "username", (cb, root) -> predicates)}.
 */
public final class Paging {

    private Paging() {
    }

    public static <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, Set<String> sortable,
            String defaultSort, BiFunction<CriteriaBuilder, Root<T>, List<Predicate>> filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filter.apply(cb, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        Expression<?> sortBy = root.get(request.sortFieldOr(defaultSort, sortable));
        query.select(root).where(filter.apply(cb, root).toArray(Predicate[]::new))
                .orderBy(request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
        List<T> items = em.createQuery(query).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, total);
    }

    /** A case-insensitive "contains" over several string fields, or nothing when the text is blank. */
    public static <T> List<Predicate> containsAny(CriteriaBuilder cb, Root<T> root, String text, String... fields) {
        List<Predicate> result = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            String pattern = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
            result.add(cb.or(java.util.Arrays.stream(fields)
                    .map(f -> cb.like(cb.lower(root.get(f)), pattern, '\\'))
                    .toArray(Predicate[]::new)));
        }
        return result;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

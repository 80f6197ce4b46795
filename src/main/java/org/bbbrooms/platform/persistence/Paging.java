package org.bbbrooms.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Runs a filtered, sorted, paged Criteria query and its count with the same predicates, so that each service's
 * search method is a few lines of "which conditions" and nothing else. Every value is a bound parameter.
 * <p>Use: {@code Paging.page(em, User.class, request, Set.of("username"), "username",
 * (where, root) -> where.contains(root, text, "username").flag(root.get("active"), active))}.
 */
public final class Paging {

    private Paging() {
    }

    public static <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, Set<String> sortable,
            String defaultSort, BiConsumer<Where, Root<T>> filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        Where countWhere = new Where(cb);
        filter.accept(countWhere, countRoot);
        count.select(cb.count(countRoot)).where(countWhere.predicates());
        long total = countWhere.bind(em.createQuery(count)).getSingleResult();

        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        Where where = new Where(cb);
        filter.accept(where, root);
        Expression<?> sortBy = root.get(request.sortFieldOr(defaultSort, sortable));
        query.select(root).where(where.predicates())
                .orderBy(request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
        List<T> items = where.bind(em.createQuery(query))
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, total);
    }

    /** The conditions of one query, each value bound as a parameter; a null value means "no condition". */
    public static final class Where {

        private final CriteriaBuilder cb;
        private final List<Predicate> predicates = new ArrayList<>();
        private final Map<ParameterExpression<?>, Object> values = new LinkedHashMap<>();

        Where(CriteriaBuilder cb) {
            this.cb = cb;
        }

        /** A case-insensitive "contains" over several fields, with LOCATE so that % and _ are plain characters. */
        public Where contains(Root<?> root, String text, String... fields) {
            if (text != null && !text.isBlank()) {
                Expression<String> needle = value(String.class, text.trim().toLowerCase(Locale.ROOT));
                predicates.add(cb.or(Arrays.stream(fields)
                        .map(f -> cb.greaterThan(cb.locate(cb.lower(root.get(f)), needle), 0))
                        .toArray(Predicate[]::new)));
            }
            return this;
        }

        public <V> Where equal(Expression<V> column, V value) {
            if (value != null) {
                @SuppressWarnings("unchecked")
                Class<V> type = (Class<V>) value.getClass();
                predicates.add(cb.equal(column, value(type, value)));
            }
            return this;
        }

        /** Rows whose column is at least the value (a lower bound, inclusive). */
        public <V extends Comparable<? super V>> Where atLeast(Expression<? extends V> column, V value) {
            if (value != null) {
                predicates.add(cb.greaterThanOrEqualTo(column, value(type(value), value)));
            }
            return this;
        }

        /** Rows whose column is below the value (an upper bound, exclusive). */
        public <V extends Comparable<? super V>> Where below(Expression<? extends V> column, V value) {
            if (value != null) {
                predicates.add(cb.lessThan(column, value(type(value), value)));
            }
            return this;
        }

        /** Rows where the column has no value. */
        public Where isNull(Expression<?> column) {
            predicates.add(cb.isNull(column));
            return this;
        }

        @SuppressWarnings("unchecked")
        private static <V> Class<V> type(V value) {
            return (Class<V>) value.getClass();
        }

        private <V> ParameterExpression<V> value(Class<V> type, V value) {
            ParameterExpression<V> parameter = cb.parameter(type);
            values.put(parameter, value);
            return parameter;
        }

        Predicate[] predicates() {
            return predicates.toArray(Predicate[]::new);
        }

        @SuppressWarnings("unchecked")
        <R> TypedQuery<R> bind(TypedQuery<R> query) {
            values.forEach((parameter, value) -> query.setParameter((ParameterExpression<Object>) parameter, value));
            return query;
        }
    }
}

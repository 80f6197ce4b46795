package org.bbbrooms.platform.persistence;

/**
 * One page of a list: where it starts, how many rows, and an optional sort on a field the service whitelists.
 * <p>Use: {@code users.search(filter, new PageRequest(0, 20, "username", true))}.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true);
    }

    /** The sort field if it is one of the allowed ones, else the fallback: tampered parameters never reach JPQL. */
    public String sortFieldOr(String fallback, java.util.Set<String> allowed) {
        return sortField != null && allowed.contains(sortField) ? sortField : fallback;
    }
}

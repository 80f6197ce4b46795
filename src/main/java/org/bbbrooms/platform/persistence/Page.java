package org.bbbrooms.platform.persistence;

import java.util.List;

/**
 * The rows of one page and the total number of rows that match, so that a paged table knows how many pages exist.
 * <p>Use: {@code Page<User> page = users.search(filter, request); page.items(); page.total();}
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}

package org.bbbrooms.testing.lti;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code limit} paging of NRPS 2.0 §2.4.2 and AGS 2.0 §3.2.6: a page of at most {@code limit} entries, and a
 * {@code Link: <...>; rel="next"} header to the rest. The next URL carries an {@code offset} of its own; tools must
 * treat it as opaque.
 */
final class Paging {

    private Paging() {
    }

    static <T> List<T> page(Call call, String baseUrl, List<T> all) {
        Map<String, String> query = call.query();
        int offset = number(query.get("offset"), 0);
        int limit = number(query.get("limit"), Integer.MAX_VALUE);
        Rejected.require(limit > 0, "limit must be a positive whole number");
        int end = (int) Math.min(all.size(), (long) offset + limit);
        if (end < all.size()) {
            Map<String, String> next = new LinkedHashMap<>(query);
            next.put("offset", String.valueOf(end));
            call.exchange.getResponseHeaders().add("Link",
                    "<" + baseUrl + call.path() + "?" + Call.encode(next) + ">; rel=\"next\"");
        }
        return offset >= all.size() ? List.of() : all.subList(offset, end);
    }

    private static int number(String value, int absent) {
        try {
            return value == null ? absent : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw Rejected.bad("not a whole number: " + value);
        }
    }
}

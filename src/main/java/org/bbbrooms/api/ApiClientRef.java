package org.bbbrooms.api;

import java.util.Set;

/** The API client a request authenticated as: what resources may read from {@link ApiCaller}. */
public record ApiClientRef(long id, String name, Set<Scope> scopes, int rateLimit) {

    public ApiClientRef {
        scopes = Set.copyOf(scopes);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}

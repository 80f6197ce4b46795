package org.bbbrooms.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;

/**
 * The API client of the current request, set by {@link BearerFilter} once its token checked out. Services still
 * decide what an actor may do: {@link #actor()} acts with admin rights, which the client's scopes narrow down at
 * the resource (the filter refuses a method whose scope the client lacks).
 * <p>Use in a resource: {@code @Inject ApiCaller caller; ... courses.rooms(caller.actor(), id)}.
 */
@RequestScoped
public class ApiCaller {

    private ApiClientRef client;

    void authenticated(ApiClientRef client) {
        this.client = client;
    }

    public ApiClientRef client() {
        return Optional.ofNullable(client).orElseThrow(() -> new AccessDeniedException("api.token.missing"));
    }

    /** The client as a service actor: no user of its own (id 0), platform-wide rights, named after the client. */
    public Actor actor() {
        ApiClientRef ref = client();
        return new Actor(0, "api:" + ref.id(), ref.name(), PlatformRole.ADMIN);
    }
}

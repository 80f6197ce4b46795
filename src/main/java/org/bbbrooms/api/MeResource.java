package org.bbbrooms.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/me}: who the token belongs to, with its scopes and rate: what a host portal calls first to check
 * its configuration. Any valid token may call it.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "client")
public class MeResource {

    @Inject
    ApiCaller caller;

    /** The calling client as JSON. */
    public record Me(long id, String name, List<String> scopes, int rateLimitPerMinute) {
    }

    @GET
    @RequiresScope({})
    @Operation(summary = "The client that the bearer token belongs to")
    public Me me() {
        ApiClientRef client = caller.client();
        return new Me(client.id(), client.name(), client.scopes().stream().sorted().map(Scope::wireName).toList(),
                client.rateLimit());
    }
}

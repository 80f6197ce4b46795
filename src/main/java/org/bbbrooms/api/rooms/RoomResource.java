package org.bbbrooms.api.rooms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bbbrooms.api.ApiCaller;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.bbbrooms.room.RoomService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/rooms/{publicId}}: one room of any kind, with its live state from the status cache. */
@Path("rooms/{publicId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rooms")
public class RoomResource {

    @Inject
    ApiCaller caller;

    @Inject
    RoomService rooms;

    @GET
    @RequiresScope(Scope.READ)
    @Operation(operationId = "getRoom", summary = "A room and its live state")
    @APIResponse(responseCode = "200", description = "The room.",
            content = @Content(schema = @Schema(implementation = RoomBody.class)))
    @APIResponse(responseCode = "404", description = "No room has this public id.")
    public RoomBody room(
            @Parameter(description = "The room's public id.", required = true) @PathParam("publicId") String publicId) {
        return RoomBody.of(rooms.byPublicId(caller.actor(), publicId));
    }
}

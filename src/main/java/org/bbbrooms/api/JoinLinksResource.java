package org.bbbrooms.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.room.IssuedJoinLink;
import org.bbbrooms.room.JoinLinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/rooms/{publicId}/join-links}: a single-use link, valid for about a minute, that signs the
 * user in and opens the room ({@link JoinLinks}), so that a host portal can draw its own Join button. The user is
 * named by the host's id ({@code {"user": "<externalId>"}}) or by ours ({@code {"userId": 42}}).
 */
@Path("rooms/{publicId}/join-links")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rooms")
public class JoinLinksResource {

    @Inject
    JoinLinks joinLinks;

    @Inject
    UserService users;

    /**
     * Whose link to make: exactly one of the two. No Bean Validation annotations on its components: Payara
     * 6.2025.10 cannot generate the OpenAPI document with them on a record (an unknown id is a 404 anyway).
     */
    public record JoinLinkRequest(String user, Long userId) {
    }

    /** The link to send the user's browser to, and until when it works. */
    public record JoinLinkJson(URI url, Instant expiresAt) {
    }

    @POST
    @Idempotent
    @RequiresScope(Scope.ROOMS)
    @Operation(summary = "A single-use join link of a user to a room, valid for about a minute")
    @APIResponse(responseCode = "201", description = "The link")
    @APIResponse(responseCode = "404", description = "No such room or user")
    @APIResponse(responseCode = "422", description = "The user may not enter this room")
    public Response create(@PathParam("publicId") String publicId, JoinLinkRequest body) {
        User user = user(body);
        try {
            IssuedJoinLink link = joinLinks.issue(user.getId(), publicId);
            return Response.status(Response.Status.CREATED).entity(new JoinLinkJson(link.url(), link.expiresAt()))
                    .build();
        } catch (AccessDeniedException e) {
            throw new ApiProblem(422, "api.joinLink.denied", publicId);
        }
    }

    private User user(JoinLinkRequest body) {
        if (body == null || (body.user() == null) == (body.userId() == null)) {
            throw new ApiProblem(400, "api.joinLink.whose");
        }
        return (body.user() != null ? users.findByExternalId(body.user()) : users.find(body.userId()))
                .orElseThrow(() -> new NotFoundException("user.notFound"));
    }
}

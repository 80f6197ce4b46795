package org.bbbrooms.room.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bbbrooms.room.RoomService;

/**
 * BBB's end-of-meeting callback ({@code meta_endCallbackUrl}), {@code GET /api/callbacks/meetings/{token}/ended}
 * (BBB appends {@code meetingID} and {@code recordingmarks}, which are not trusted). The per-meeting token is the
 * authentication: 200 the first time (the meeting is closed if still open), 409 for a replay, 404 for a token that
 * no meeting has. The answers say nothing more.
 */
@Path("callbacks/meetings/{token}")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class MeetingCallbackResource {

    private static final int MAX_TOKEN_LENGTH = 128;

    @Inject
    RoomService rooms;

    @GET
    @Path("ended")
    public Response ended(@PathParam("token") String token) {
        Response.Status status = endedStatus(token);
        return Response.status(status).entity(status.getReasonPhrase()).build();
    }

    /** What the end callback answers, and does: the meeting is closed on the first valid call. */
    Response.Status endedStatus(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Response.Status.NOT_FOUND;
        }
        return switch (rooms.meetingEnded(token)) {
            case ACCEPTED -> Response.Status.OK;
            case REPLAYED -> Response.Status.CONFLICT;
            case UNKNOWN -> Response.Status.NOT_FOUND;
        };
    }
}

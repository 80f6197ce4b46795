package org.bbbrooms.recording.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bbbrooms.recording.ReadyCallback;
import org.bbbrooms.recording.ReadyOutcome;

/**
 * BBB's recording-ready callback ({@code meta_bbb-recording-ready-url}),
 * {@code POST /api/callbacks/meetings/{token}/recording-ready} with the form field {@code signed_parameters}, a JWT
 * signed with the shared secret, handled by {@link ReadyCallback}. Answers: 200 accepted, 409 replay, 404 unknown
 * token, 400 malformed, 401 refused signature, 503 when BBB cannot be asked; only 200 changes anything. The answers
 * say nothing more.
 */
@Path("callbacks/meetings/{token}/recording-ready")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class RecordingCallbackResource {

    @Inject
    ReadyCallback callback;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ready(@PathParam("token") String token, @FormParam("signed_parameters") String signed) {
        Response.Status status = status(callback.handle(token, signed));
        return Response.status(status).entity(status.getReasonPhrase()).build();
    }

    static Response.Status status(ReadyOutcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> Response.Status.OK;
            case REPLAYED -> Response.Status.CONFLICT;
            case UNKNOWN -> Response.Status.NOT_FOUND;
            case MALFORMED -> Response.Status.BAD_REQUEST;
            case REFUSED -> Response.Status.UNAUTHORIZED;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
        };
    }
}

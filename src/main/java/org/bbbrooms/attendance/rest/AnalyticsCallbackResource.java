package org.bbbrooms.attendance.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.bbbrooms.attendance.AnalyticsCallback;

/**
 * BBB's learning-analytics callback, {@code POST /api/callbacks/meetings/{token}/analytics} with a JSON body and
 * {@code Authorization: Bearer <JWT HS512>}: 200 when the report was taken, 401 without a valid JWT, 404 for a
 * token that no meeting has, 409 for a replay, 400 for a body that is no report of the meeting, 413 past 10 MB.
 */
@Path("callbacks/meetings/{token}/analytics")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class AnalyticsCallbackResource {

    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final int MAX_TOKEN_LENGTH = 128;

    @Inject
    AnalyticsCallback analytics;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response analytics(@PathParam("token") String token,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).entity("Payload Too Large").build();
        }
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return answer(AnalyticsCallback.Outcome.UNKNOWN);
        }
        return answer(analytics.receive(token, authorization, new String(bytes, StandardCharsets.UTF_8)));
    }

    private static Response answer(AnalyticsCallback.Outcome outcome) {
        Response.Status status = Response.Status.fromStatusCode(outcome.status());
        return Response.status(status).entity(status.getReasonPhrase()).build();
    }
}

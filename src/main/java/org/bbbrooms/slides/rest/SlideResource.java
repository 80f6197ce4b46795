package org.bbbrooms.slides.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.bbbrooms.slides.SlideStore;

/**
 * Where BBB downloads the slides sent with a meeting's create: {@code GET /api/slides/{meeting}/{token}/{file}}. The
 * token is the authentication, for that meeting only, once, until it expires: 200 with the file the first time,
 * 410 once used, expired or the meeting is over, 404 for a token that this meeting has no link for (forged, or
 * another meeting's). The last path segment only helps BBB recognise the file's type.
 */
@Path("slides/{meeting}/{token}/{file}")
@RequestScoped
public class SlideResource {

    private static final int MAX_LENGTH = 128;

    @Inject
    SlideStore store;

    @Inject
    Clock clock;

    @GET
    public Response download(@PathParam("meeting") String meeting, @PathParam("token") String token) {
        if (meeting == null || token == null || meeting.length() > MAX_LENGTH || token.length() > MAX_LENGTH) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        SlideStore.Download download = store.fetch(meeting, token, clock.instant());
        return switch (download.outcome()) {
            case SERVED -> download.file().map(SlideResource::file).orElseThrow();
            case REFUSED -> Response.status(Response.Status.GONE).build();
            case UNKNOWN -> Response.status(Response.Status.NOT_FOUND).build();
        };
    }

    private static Response file(SlideStore.Served file) {
        return Response.ok(file.content(), file.kind().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store").build();
    }
}

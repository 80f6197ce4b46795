package org.bbbrooms.api.recordings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bbbrooms.api.ApiCaller;
import org.bbbrooms.api.CourseRef;
import org.bbbrooms.api.KeysetPaging;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.bbbrooms.platform.persistence.Keyset;
import org.bbbrooms.recording.RecordingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/courses/{courseId}/recordings}: a course's recordings, newest first, in cursor pages. */
@Path("courses/{courseId}/recordings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recordings")
public class CourseRecordingsResource {

    @Inject
    ApiCaller caller;

    @Inject
    CourseRef courseRef;

    @Inject
    RecordingService recordings;

    @GET
    @RequiresScope(Scope.READ)
    @Operation(operationId = "listCourseRecordings", summary = "The recordings of a course, newest first",
            description = "The recordings of the course room and of its groups' rooms, hidden and unpublished"
                    + " ones included, from the portal's copy (listing costs BBB nothing). Follow `next` for the"
                    + " following page.")
    @APIResponse(responseCode = "200", description = "One page of recordings.",
            content = @Content(schema = @Schema(implementation = RecordingBody.Page.class)))
    @APIResponse(responseCode = "400", description = "A bad limit or cursor.")
    @APIResponse(responseCode = "404", description = "No such course.")
    public RecordingBody.Page list(
            @Parameter(description = CourseRef.DESCRIPTION, required = true) @PathParam("courseId") String courseId,
            @Parameter(description = KeysetPaging.LIMIT) @QueryParam("limit") String limit,
            @Parameter(description = KeysetPaging.CURSOR) @QueryParam("cursor") String cursor) {
        int max = KeysetPaging.limit(limit);
        return KeysetPaging.page(recordings.ofCourse(caller.actor(), courseRef.id(courseId),
                KeysetPaging.after(cursor), max + 1), max, r -> new Keyset(r.getStartedAt(), r.getId()),
                RecordingBody::of, RecordingBody.Page::new);
    }
}

package org.bbbrooms.api.reports;

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
import org.bbbrooms.attendance.MeetingRow;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.platform.persistence.Keyset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/courses/{courseId}/meetings}: the meetings of a course's rooms, newest first, in cursor pages. */
@Path("courses/{courseId}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class CourseMeetingsResource {

    @Inject
    ApiCaller caller;

    @Inject
    CourseRef courseRef;

    @Inject
    ReportService reports;

    @GET
    @RequiresScope(Scope.REPORTS)
    @Operation(operationId = "listCourseMeetings", summary = "The meetings of a course, newest first",
            description = "Every meeting of the course room and of its groups' rooms, running ones included."
                    + " Follow `next` for the following page.")
    @APIResponse(responseCode = "200", description = "One page of meetings.",
            content = @Content(schema = @Schema(implementation = MeetingBody.Page.class)))
    @APIResponse(responseCode = "400", description = "A bad limit, cursor, from or until.")
    @APIResponse(responseCode = "404", description = "No such course.")
    public MeetingBody.Page list(
            @Parameter(description = CourseRef.DESCRIPTION, required = true) @PathParam("courseId") String courseId,
            @Parameter(description = Periods.FROM) @QueryParam("from") String from,
            @Parameter(description = Periods.UNTIL) @QueryParam("until") String until,
            @Parameter(description = KeysetPaging.LIMIT) @QueryParam("limit") String limit,
            @Parameter(description = KeysetPaging.CURSOR) @QueryParam("cursor") String cursor) {
        int max = KeysetPaging.limit(limit);
        return KeysetPaging.page(reports.courseMeetings(caller.actor(), Periods.of(courseRef.id(courseId), from,
                until), KeysetPaging.after(cursor), max + 1), max, CourseMeetingsResource::key, MeetingBody::of,
                MeetingBody.Page::new);
    }

    static Keyset key(MeetingRow row) {
        return new Keyset(row.started(), row.meetingId());
    }
}

package org.bbbrooms.api.rooms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bbbrooms.api.ApiCaller;
import org.bbbrooms.api.CourseRef;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.bbbrooms.room.RoomService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/courses/{courseId}/rooms}: the course's room and its groups' rooms, with their live state, as
 * one page (a course has few rooms). Rooms that were never used are created, as the course page does.
 */
@Path("courses/{courseId}/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rooms")
public class CourseRoomsResource {

    @Inject
    ApiCaller caller;

    @Inject
    CourseRef courseRef;

    @Inject
    RoomService rooms;

    @GET
    @RequiresScope(Scope.READ)
    @Operation(operationId = "listCourseRooms", summary = "The rooms of a course and their live state",
            description = "The course room first, then the rooms of its groups (when group rooms are on). States"
                    + " come from the portal's status cache (a few seconds old at most): polling costs BBB nothing.")
    @APIResponse(responseCode = "200", description = "All the course's rooms, in one page.",
            content = @Content(schema = @Schema(implementation = RoomBody.Page.class)))
    @APIResponse(responseCode = "404", description = "No such course.")
    public RoomBody.Page list(
            @Parameter(description = CourseRef.DESCRIPTION, required = true) @PathParam("courseId") String courseId) {
        return new RoomBody.Page(rooms.courseRooms(caller.actor(), courseRef.id(courseId)).stream()
                .map(RoomBody::of).toList(), null);
    }
}

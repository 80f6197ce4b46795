package org.bbbrooms.api.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.bbbrooms.api.ApiCaller;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.bbbrooms.attendance.MeetingDetail;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.platform.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/meetings/{meetingId}}: one meeting of any room, with its participants and absentees. */
@Path("meetings/{meetingId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class MeetingResource {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    @Inject
    ApiCaller caller;

    @Inject
    ReportService reports;

    @GET
    @RequiresScope(Scope.REPORTS)
    @Operation(operationId = "getMeeting", summary = "A meeting, its participants and its absentees")
    @APIResponse(responseCode = "200", description = "The meeting, who came in order of first join with their"
            + " verdicts, and the absentees.",
            content = @Content(schema = @Schema(implementation = MeetingAttendanceBody.class)))
    @APIResponse(responseCode = "404", description = "No such meeting.")
    public MeetingAttendanceBody meeting(
            @Parameter(description = "The meeting's id, as lists give it.", required = true)
            @PathParam("meetingId") String meetingId) {
        if (!ID.matcher(meetingId).matches()) {
            throw new NotFoundException("report.meeting.notFound");
        }
        MeetingDetail detail = reports.detail(caller.actor(), Long.parseLong(meetingId), "en");
        return MeetingAttendanceBody.of(detail.meeting(), detail.participants(), detail.absentees());
    }
}

package org.bbbrooms.api.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.api.ApiCaller;
import org.bbbrooms.api.ApiProblem;
import org.bbbrooms.api.CourseRef;
import org.bbbrooms.api.KeysetPaging;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.bbbrooms.attendance.CoursePeriod;
import org.bbbrooms.attendance.FullReport;
import org.bbbrooms.attendance.MeetingRow;
import org.bbbrooms.attendance.ParticipantRow;
import org.bbbrooms.attendance.ReportExport;
import org.bbbrooms.attendance.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/courses/{courseId}/attendance}: who came to a course's meetings, as JSON in cursor pages of
 * meetings, or as the CSV or XLSX file of the report pages (the whole period in one file, headers in the caller's
 * language). {@code format=json|csv|xlsx} chooses; without it, the Accept header does, JSON first.
 */
@Path("courses/{courseId}/attendance")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CourseAttendanceResource.CSV, CourseAttendanceResource.XLSX})
@Tag(name = "reports")
public class CourseAttendanceResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ApiCaller caller;

    @Inject
    CourseRef courseRef;

    @Inject
    ReportService reports;

    @Context
    HttpHeaders headers;

    @GET
    @RequiresScope(Scope.REPORTS)
    @Operation(operationId = "getCourseAttendance",
            summary = "Attendance of a course's meetings, as JSON, CSV or XLSX",
            description = "JSON: pages of meetings, newest first, each with its participants (guests marked, each"
                    + " with the verdict of the room's completion rule) and its absentees; follow `next`."
                    + " CSV (UTF-8 with a byte order mark; semicolons when Accept-Language asks for French) and"
                    + " XLSX: one line per participant of each meeting of the period, the whole period in one file,"
                    + " as the report pages export it; `limit` and `cursor` do not apply.")
    @APIResponse(responseCode = "200", description = "The attendance.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = MeetingAttendanceBody.Page.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A bad format, limit, cursor, from or until.")
    @APIResponse(responseCode = "404", description = "No such course.")
    public Response attendance(
            @Parameter(description = CourseRef.DESCRIPTION, required = true) @PathParam("courseId") String courseId,
            @Parameter(description = "json, csv or xlsx; when absent, the Accept header decides.",
                    schema = @Schema(enumeration = {"json", "csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(description = Periods.FROM) @QueryParam("from") String from,
            @Parameter(description = Periods.UNTIL) @QueryParam("until") String until,
            @Parameter(description = KeysetPaging.LIMIT) @QueryParam("limit") String limit,
            @Parameter(description = KeysetPaging.CURSOR) @QueryParam("cursor") String cursor) {
        MediaType type = type(format);
        CoursePeriod period = Periods.of(courseRef.id(courseId), from, until);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            int max = KeysetPaging.limit(limit);
            FullReport page = reports.courseAttendance(caller.actor(), period, KeysetPaging.after(cursor), max + 1);
            List<Map.Entry<MeetingRow, List<ParticipantRow>>> meetings = List.copyOf(page.participants().entrySet());
            return Response.ok(KeysetPaging.page(meetings, max, m -> CourseMeetingsResource.key(m.getKey()),
                    m -> MeetingAttendanceBody.of(m.getKey(), m.getValue(), page.absentOf(m.getKey())),
                    MeetingAttendanceBody.Page::new), MediaType.APPLICATION_JSON_TYPE).build();
        }
        FullReport report = reports.courseExport(caller.actor(), period);
        ReportExport export = new ReportExport(locale(), reports.zone());
        boolean csv = type.isCompatible(MediaType.valueOf(CSV));
        return Response.ok(csv ? export.csv(report) : export.xlsx(report), csv ? CSV + ";charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"attendance-" + period.courseId()
                        + (csv ? ".csv\"" : ".xlsx\"")).build();
    }

    /** The format asked for by parameter, else the first acceptable one of Accept (JSON for any). */
    private MediaType type(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> MediaType.APPLICATION_JSON_TYPE;
                case "csv" -> MediaType.valueOf(CSV);
                case "xlsx" -> MediaType.valueOf(XLSX);
                default -> throw new ApiProblem(400, "api.reports.format.invalid");
            };
        }
        List<MediaType> offered = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(CSV),
                MediaType.valueOf(XLSX));
        return headers.getAcceptableMediaTypes().stream()
                .flatMap(accepted -> offered.stream().filter(accepted::isCompatible).findFirst().stream())
                .findFirst().orElse(MediaType.APPLICATION_JSON_TYPE);
    }

    /** French when the caller's first language that the portal speaks is French, else English. */
    private Locale locale() {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("fr") || l.getLanguage().equals("en")).findFirst()
                .map(l -> Locale.forLanguageTag(l.getLanguage())).orElse(Locale.ENGLISH);
    }
}

package org.bbbrooms.api.provisioning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bbbrooms.api.ApiCaller;
import org.bbbrooms.api.ApiPage;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.bbbrooms.api.provisioning.ProvisioningJson.CourseBody;
import org.bbbrooms.api.provisioning.ProvisioningJson.CourseJson;
import org.bbbrooms.api.provisioning.ProvisioningJson.EnrollmentBody;
import org.bbbrooms.api.provisioning.ProvisioningJson.EnrollmentJson;
import org.bbbrooms.api.provisioning.ProvisioningJson.GroupBody;
import org.bbbrooms.api.provisioning.ProvisioningJson.GroupJson;
import org.bbbrooms.api.provisioning.ProvisioningJson.MemberJson;
import org.bbbrooms.identity.provisioning.ProvisioningBatch;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.CourseRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.EnrollmentRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.GroupRow;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.MemberRow;
import org.bbbrooms.identity.provisioning.ProvisioningService;
import org.bbbrooms.platform.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/courses}: the host portal's courses, their groups, group members and enrollments, by its own ids.
 * PUTs are upserts (a repeat changes nothing); DELETEs deactivate, or take a member out of a group.
 * <p>Use: {@code PUT /api/v1/courses/c7 {"code":"MATH101","title":"Mathematics"}}, then
 * {@code PUT /api/v1/courses/c7/enrollments/u42 {"role":"student"}}.
 */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "provisioning")
public class CoursesResource {

    @Inject
    ApiCaller caller;

    @Inject
    ProvisioningService provisioning;

    @Context
    UriInfo uri;

    @PUT
    @Path("{course}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Creates or updates a course", description = "A deactivated course comes back active.")
    @APIResponse(responseCode = "201", description = "Created; Provisioning-Outcome: created")
    @APIResponse(responseCode = "200", description = "Provisioning-Outcome: updated, or unchanged for a repeat")
    @APIResponse(responseCode = "400", description = "A value is invalid: see errors")
    @APIResponse(responseCode = "409", description = "The code belongs to another course, or the course was deleted")
    public Response put(@PathParam("course") String course, CourseBody body) {
        CourseBody row = Answers.required(body);
        var report = provisioning.applyOne(caller.actor(),
                ProvisioningBatch.ofCourse(new CourseRow(course, row.code(), row.title())));
        return Answers.put(report.outcome(), get(course), uri);
    }

    @GET
    @Path("{course}")
    @RequiresScope(Scope.READ)
    @Operation(summary = "A provisioned course, active or not")
    @APIResponse(responseCode = "404", description = "No course has this external id")
    public CourseJson get(@PathParam("course") String course) {
        return provisioning.course(caller.actor(), course).map(CourseJson::of)
                .orElseThrow(() -> new NotFoundException("provisioning.course.unknown", course));
    }

    @GET
    @RequiresScope(Scope.READ)
    @Operation(summary = "The provisioned courses by external id, a page at a time")
    public ApiPage<CourseJson> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = ApiPage.limit(limit);
        return Answers.page(provisioning.courses(caller.actor(), Answers.after(cursor), size + 1), size,
                CourseJson::of, CourseJson::externalId);
    }

    @DELETE
    @Path("{course}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Deactivates a course; its rows and history stay")
    @APIResponse(responseCode = "204", description = "Provisioning-Outcome: updated, or unchanged if already inactive")
    @APIResponse(responseCode = "404", description = "No course has this external id")
    public Response delete(@PathParam("course") String course) {
        return Answers.deleted(provisioning.deactivateCourse(caller.actor(), course));
    }

    @PUT
    @Path("{course}/groups/{group}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Creates or renames a group of a course")
    @APIResponse(responseCode = "201", description = "Created; Provisioning-Outcome: created")
    @APIResponse(responseCode = "200", description = "Provisioning-Outcome: updated, or unchanged for a repeat")
    @APIResponse(responseCode = "404", description = "No course has this external id")
    @APIResponse(responseCode = "409", description = "The name is another group's, or the group is another course's")
    public Response putGroup(@PathParam("course") String course, @PathParam("group") String group, GroupBody body) {
        var report = provisioning.applyOne(caller.actor(),
                ProvisioningBatch.ofGroup(new GroupRow(course, group, Answers.required(body).name())));
        return Answers.put(report.outcome(), provisioning.group(caller.actor(), course, group).map(GroupJson::of)
                .orElseThrow(), uri);
    }

    @DELETE
    @Path("{course}/groups/{group}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Deactivates a group of a course")
    @APIResponse(responseCode = "204", description = "Provisioning-Outcome: updated, or unchanged if already inactive")
    @APIResponse(responseCode = "404", description = "The course has no group with this external id")
    public Response deleteGroup(@PathParam("course") String course, @PathParam("group") String group) {
        return Answers.deleted(provisioning.deactivateGroup(caller.actor(), course, group));
    }

    @PUT
    @Path("{course}/groups/{group}/members/{user}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Puts a user enrolled in the course into one of its groups (no body)")
    @APIResponse(responseCode = "201", description = "Added; Provisioning-Outcome: created")
    @APIResponse(responseCode = "200", description = "Already a member; Provisioning-Outcome: unchanged")
    @APIResponse(responseCode = "404", description = "The course, group or user is unknown")
    @APIResponse(responseCode = "409", description = "The user is not enrolled in the course")
    public Response putMember(@PathParam("course") String course, @PathParam("group") String group,
            @PathParam("user") String user) {
        var report = provisioning.applyOne(caller.actor(),
                ProvisioningBatch.ofMember(new MemberRow(course, group, user)));
        return Answers.put(report.outcome(), new MemberJson(course, group, user), uri);
    }

    @DELETE
    @Path("{course}/groups/{group}/members/{user}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Takes a user out of a group")
    @APIResponse(responseCode = "204", description = "Provisioning-Outcome: updated, or unchanged if not a member")
    @APIResponse(responseCode = "404", description = "The course, group or user is unknown")
    public Response deleteMember(@PathParam("course") String course, @PathParam("group") String group,
            @PathParam("user") String user) {
        return Answers.deleted(provisioning.removeMember(caller.actor(), course, group, user));
    }

    @PUT
    @Path("{course}/enrollments/{user}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Enrolls a user in a course as teacher or student, or changes their role")
    @APIResponse(responseCode = "201", description = "Enrolled; Provisioning-Outcome: created")
    @APIResponse(responseCode = "200", description = "Provisioning-Outcome: updated, or unchanged for a repeat")
    @APIResponse(responseCode = "400", description = "The role is not teacher or student")
    @APIResponse(responseCode = "404", description = "The course or user is unknown")
    public Response putEnrollment(@PathParam("course") String course, @PathParam("user") String user,
            EnrollmentBody body) {
        var report = provisioning.applyOne(caller.actor(),
                ProvisioningBatch.ofEnrollment(new EnrollmentRow(course, user, Answers.required(body).role())));
        return Answers.put(report.outcome(), enrollment(course, user), uri);
    }

    @GET
    @Path("{course}/enrollments/{user}")
    @RequiresScope(Scope.READ)
    @Operation(summary = "A user's enrollment in a course, active or not")
    @APIResponse(responseCode = "404", description = "The user is not enrolled in the course")
    public EnrollmentJson enrollment(@PathParam("course") String course, @PathParam("user") String user) {
        return provisioning.enrollment(caller.actor(), course, user).map(EnrollmentJson::of)
                .orElseThrow(() -> new NotFoundException("provisioning.enrollment.unknown", user, course));
    }

    @GET
    @Path("{course}/enrollments")
    @RequiresScope(Scope.READ)
    @Operation(summary = "The enrollments of provisioned users in a course, by user external id, a page at a time")
    @APIResponse(responseCode = "404", description = "No course has this external id")
    public ApiPage<EnrollmentJson> enrollments(@PathParam("course") String course, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        int size = ApiPage.limit(limit);
        return Answers.page(provisioning.enrollments(caller.actor(), course, Answers.after(cursor), size + 1), size,
                EnrollmentJson::of, EnrollmentJson::user);
    }

    @DELETE
    @Path("{course}/enrollments/{user}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Deactivates an enrollment; the history stays")
    @APIResponse(responseCode = "204", description = "Provisioning-Outcome: updated, or unchanged if already inactive")
    @APIResponse(responseCode = "404", description = "The user is not enrolled in the course")
    public Response deleteEnrollment(@PathParam("course") String course, @PathParam("user") String user) {
        return Answers.deleted(provisioning.deactivateEnrollment(caller.actor(), course, user));
    }
}

package org.bbbrooms.api.provisioning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bbbrooms.api.ApiCaller;
import org.bbbrooms.api.Idempotent;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.bbbrooms.identity.provisioning.ProvisioningBatch;
import org.bbbrooms.identity.provisioning.ProvisioningReport;
import org.bbbrooms.identity.provisioning.ProvisioningService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/bulk}: thousands of users, courses, groups, enrollments and members in one request, all or
 * nothing. Every row is checked first; one bad row writes nothing and the 422 lists each bad row. Rows may refer to
 * rows of the same request. Passwords are refused here (set them with a PUT of the user).
 * <p>Use: {@code POST /api/v1/bulk {"users":[...],"enrollments":[{"course":"c7","user":"u42","role":"student"}]}}.
 */
@Path("bulk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "provisioning")
public class BulkResource {

    @Inject
    ApiCaller caller;

    @Inject
    ProvisioningService provisioning;

    @POST
    @Idempotent
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Upserts many rows at once, all or nothing",
            description = "Sections are written in this order: courses, users, groups, enrollments, members.")
    @APIResponse(responseCode = "200", description = "Everything was written: rows created, updated and unchanged")
    @APIResponse(responseCode = "422", description = "Nothing was written: errors names each bad row and field")
    public ProvisioningReport bulk(ProvisioningBatch batch) {
        return provisioning.apply(caller.actor(), Answers.required(batch));
    }
}

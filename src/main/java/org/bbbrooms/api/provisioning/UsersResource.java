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
import org.bbbrooms.api.provisioning.ProvisioningJson.UserBody;
import org.bbbrooms.api.provisioning.ProvisioningJson.UserJson;
import org.bbbrooms.identity.provisioning.ProvisioningBatch;
import org.bbbrooms.identity.provisioning.ProvisioningBatch.UserRow;
import org.bbbrooms.identity.provisioning.ProvisioningService;
import org.bbbrooms.platform.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/users}: the host portal's users, by its own ids. A PUT creates or updates (a repeat changes nothing),
 * a DELETE deactivates (the user keeps their history and a PUT brings them back).
 * <p>Use: {@code PUT /api/v1/users/u42 {"username":"alice","displayName":"Alice","email":"a@x.org","role":"student"}}.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "provisioning")
public class UsersResource {

    @Inject
    ApiCaller caller;

    @Inject
    ProvisioningService provisioning;

    @Context
    UriInfo uri;

    @PUT
    @Path("{externalId}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Creates or updates a user",
            description = "Without a password, the user signs in through embed or join links. A username that"
                    + " belongs to another account (made in the portal or under another external id) is a 409.")
    @APIResponse(responseCode = "201", description = "Created; Provisioning-Outcome: created")
    @APIResponse(responseCode = "200", description = "Provisioning-Outcome: updated, or unchanged for a repeat")
    @APIResponse(responseCode = "400", description = "A value is invalid: see errors")
    @APIResponse(responseCode = "409", description = "The username belongs to another account")
    public Response put(@PathParam("externalId") String externalId, UserBody body) {
        UserBody user = Answers.required(body);
        var report = provisioning.applyOne(caller.actor(), ProvisioningBatch.ofUser(new UserRow(externalId,
                user.username(), user.displayName(), user.email(), user.role(), user.password())));
        return Answers.put(report.outcome(), get(externalId), uri);
    }

    @GET
    @Path("{externalId}")
    @RequiresScope(Scope.READ)
    @Operation(summary = "A provisioned user, active or not")
    @APIResponse(responseCode = "404", description = "No user has this external id")
    public UserJson get(@PathParam("externalId") String externalId) {
        return provisioning.user(caller.actor(), externalId).map(UserJson::of)
                .orElseThrow(() -> new NotFoundException("provisioning.user.unknown", externalId));
    }

    @GET
    @RequiresScope(Scope.READ)
    @Operation(summary = "The provisioned users by external id, a page at a time")
    public ApiPage<UserJson> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = ApiPage.limit(limit);
        return Answers.page(provisioning.users(caller.actor(), Answers.after(cursor), size + 1), size,
                UserJson::of, UserJson::externalId);
    }

    @DELETE
    @Path("{externalId}")
    @RequiresScope(Scope.PROVISION)
    @Operation(summary = "Deactivates a user, who keeps their history")
    @APIResponse(responseCode = "204", description = "Provisioning-Outcome: updated, or unchanged if already inactive")
    @APIResponse(responseCode = "404", description = "No user has this external id")
    public Response delete(@PathParam("externalId") String externalId) {
        return Answers.deleted(provisioning.deactivateUser(caller.actor(), externalId));
    }
}

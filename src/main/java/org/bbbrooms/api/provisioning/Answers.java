package org.bbbrooms.api.provisioning;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.api.ApiPage;
import org.bbbrooms.api.ApiProblem;
import org.bbbrooms.api.Cursor;
import org.bbbrooms.identity.provisioning.ProvisioningReport.Outcome;

/**
 * The answers the provisioning resources share: a PUT is 201 with a Location when it created the row, else 200, and
 * says in {@value #OUTCOME} whether it created, updated or left the row unchanged; a DELETE is 204 and says
 * whether it changed anything; lists are pages keyed by external id.
 */
final class Answers {

    static final String OUTCOME = "Provisioning-Outcome";

    private Answers() {
    }

    static Response put(Outcome outcome, Object body, UriInfo uri) {
        Response.ResponseBuilder answer = outcome == Outcome.CREATED
                ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return answer.header(OUTCOME, outcome.name().toLowerCase(Locale.ROOT)).entity(body).build();
    }

    static Response deleted(boolean changed) {
        return Response.noContent().header(OUTCOME, changed ? "updated" : "unchanged").build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new ApiProblem(400, "provisioning.body.required");
        }
        return body;
    }

    /** The external id after which the page starts, from the previous page's cursor. */
    static Optional<String> after(String cursor) {
        return Optional.ofNullable(cursor).map(c -> Cursor.parse(c, 1).get(0));
    }

    static <E, J> ApiPage<J> page(List<E> rowsPlusOne, int limit, Function<E, J> json, Function<J, String> key) {
        return ApiPage.of(rowsPlusOne.stream().map(json).toList(), limit, j -> Cursor.of(key.apply(j)));
    }
}

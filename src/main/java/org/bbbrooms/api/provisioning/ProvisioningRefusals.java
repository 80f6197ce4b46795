package org.bbbrooms.api.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.bbbrooms.api.ApiProblem;
import org.bbbrooms.api.Problem;
import org.bbbrooms.api.ProblemMapper;
import org.bbbrooms.identity.provisioning.ProvisioningException;
import org.bbbrooms.identity.provisioning.RowProblem;
import org.bbbrooms.identity.provisioning.RowProblem.Kind;

/**
 * Answers a refused provisioning request with a problem detail that lists every bad field. A bulk request is 422,
 * each error named after its row ({@code users[12].email}); a PUT is 400 for a bad value, 409 for a clash with
 * another account (a username or course code it does not own) and 404 for a reference to something unknown.
 */
@Provider
@ApplicationScoped
public class ProvisioningRefusals implements ExceptionMapper<ProvisioningException> {

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProvisioningException refused) {
        Locale locale = ProblemMapper.locale(headers.getAcceptableLanguages());
        boolean bulk = BulkResource.class.equals(resource.getResourceClass());
        List<RowProblem> problems = refused.problems();
        List<Problem.FieldError> errors = problems.stream()
                .map(p -> new Problem.FieldError(bulk ? where(p) : p.field(), p.message(locale))).toList();
        RowProblem first = problems.get(0);
        ApiProblem problem = bulk
                ? new ApiProblem(422, errors, refused.key(), refused.args())
                : new ApiProblem(status(problems), errors, first.key(), first.args().toArray());
        return ProblemMapper.problem(problem, locale).response();
    }

    private static String where(RowProblem p) {
        return p.section().isEmpty() ? p.field() : p.section() + "[" + p.index() + "]." + p.field();
    }

    private static int status(List<RowProblem> problems) {
        List<Kind> kinds = problems.stream().map(RowProblem::kind).toList();
        return kinds.contains(Kind.INVALID) ? 400 : kinds.contains(Kind.CONFLICT) ? 409 : 404;
    }
}

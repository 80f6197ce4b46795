package org.bbbrooms.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.web.Texts;

/**
 * Turns every exception that leaves a resource of {@code /api/v1} into a problem detail, in the language the caller
 * asked for (English by default): the platform's refusals keep their message, bad JSON and bad values say where,
 * and anything unexpected is logged and answered 500 without internals.
 */
@Provider
@ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** RFC 9110's 422, which JAX-RS's Response.Status does not name. */
    private static final int UNPROCESSABLE = 422;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        return problem(thrown, locale(headers.getAcceptableLanguages())).response();
    }

    /** A filter's refusal of a request, as the mapper would answer it. */
    static Response refusal(ContainerRequestContext request, ApiProblem problem) {
        return problem(problem, locale(request.getAcceptableLanguages())).response();
    }

    public static Problem problem(Throwable thrown, Locale locale) {
        if (thrown instanceof ApiProblem p) {
            return Problem.of(p.status(), title(p.status()), Texts.format(locale, p.key(), p.args()))
                    .withErrors(p.errors());
        }
        if (thrown instanceof BusinessException e) {
            int status = e instanceof NotFoundException ? 404 : e instanceof AccessDeniedException ? 403 : UNPROCESSABLE;
            return Problem.of(status, title(status), Texts.format(locale, e.key(), e.args()));
        }
        if (thrown instanceof ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v.getPropertyPath().toString()), v.getMessage())).toList();
            return Problem.of(400, title(400), Texts.format(locale, "api.invalid")).withErrors(errors);
        }
        if (thrown instanceof JsonbException || thrown instanceof ProcessingException) {
            return Problem.of(400, title(400), Texts.format(locale, "api.json.invalid", rootMessage(thrown)));
        }
        if (thrown instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return Problem.of(status, title(status), Texts.format(locale, "api.http." + status));
        }
        LOG.log(Level.SEVERE, "API request failed", thrown);
        return Problem.of(500, title(500), Texts.format(locale, "api.http.500"));
    }

    /** The first of the caller's languages that the portal speaks, else English. */
    public static Locale locale(List<Locale> acceptable) {
        return acceptable.stream().filter(l -> l.getLanguage().equals("fr") || l.getLanguage().equals("en"))
                .findFirst().map(l -> Locale.forLanguageTag(l.getLanguage())).orElse(Locale.ENGLISH);
    }

    private static String title(int status) {
        if (status == UNPROCESSABLE) {
            return "Unprocessable Content";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    /** {@code upsert.arg1.email} → {@code email}: the path Bean Validation gives, without the method and argument. */
    private static String field(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "" : root.getMessage();
    }
}

package org.bbbrooms.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error of {@code /api/v1}: a title per kind of problem, a detail that
 * says what to fix, and for invalid input the list of fields at fault.
 * <p>Use: {@code Problem.of(400, "Invalid body", "email: not an e-mail address").response()}.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad value: where it is ({@code email}, {@code rows[12].role}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors);
    }

    public Response response() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}

package org.bbbrooms.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal of the API with its HTTP status, for cases the platform's exceptions do not name (a bad cursor, a
 * missing token, a conflict). Its detail is a bundle key, worded for the developer who has to fix the call.
 * <p>Use: {@code throw new ApiProblem(409, "api.user.taken", username);}
 */
@ApplicationException(rollback = true)
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] args;
    private final transient List<Problem.FieldError> errors;

    public ApiProblem(int status, String key, Object... args) {
        this(status, List.of(), key, args);
    }

    public ApiProblem(int status, List<Problem.FieldError> errors, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args.clone();
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}

package org.bbbrooms.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the user can act on ("this username is taken", "the conference server is unreachable"), carrying a
 * resource-bundle key and its arguments instead of English text. It rolls back the transaction; the Faces exception
 * handler turns it into a message on the page, so backing beans need no try/catch.
 * <p>Use: {@code throw new BusinessException("user.username.taken", username);}
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public BusinessException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public BusinessException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    @Override
    public String toString() {
        return "BusinessException[" + key + " " + Arrays.toString(args) + "]";
    }
}

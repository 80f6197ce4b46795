package org.bbbrooms.platform;

import jakarta.ejb.ApplicationException;

/**
 * Thrown by a service when the acting user may not do or see something. The Faces exception handler answers a
 * page request with HTTP 403 and an Ajax request with a message; nothing is changed (the transaction rolls back).
 * <p>Use: {@code if (!policy.mayStart(actor, room)) throw new AccessDeniedException("room.start.denied");}
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String key, Object... args) {
        super(key, args);
    }
}

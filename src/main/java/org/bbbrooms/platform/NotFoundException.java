package org.bbbrooms.platform;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when a page names something that does not exist (or no longer does); the Faces exception handler answers
 * with HTTP 404 and the friendly not-found page.
 * <p>Use: {@code courses.findByCode(code).orElseThrow(() -> new NotFoundException("course.notFound"))}.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String key, Object... args) {
        super(key, args);
    }
}

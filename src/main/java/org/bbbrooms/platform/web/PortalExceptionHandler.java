package org.bbbrooms.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.omnifaces.util.Exceptions;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.csp.CspException;

/**
 * Turns the refusals that services throw into what a user understands: a {@link BusinessException} becomes a
 * message on the same page; a denied or missing page becomes the 403 or 404 page; a form sent without the CSP nonce
 * that every page's forms carry (a script, not a browser) becomes the 400 page, logged in one line. Anything else goes on to
 * OmniFaces' FullAjaxExceptionHandler and the friendly error page, never a stack trace.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (handled(thrown)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private boolean handled(Throwable thrown) {
        if (Exceptions.is(thrown, CspException.class)) {
            LOG.log(Level.FINE, "A form came without its CSP nonce: {0}", Faces.getRequestURI());
            return refuse(HttpServletResponse.SC_BAD_REQUEST, new BusinessException("error.400.text"));
        }
        if (Exceptions.is(thrown, EJBAccessException.class)) {
            return refuse(HttpServletResponse.SC_FORBIDDEN, new AccessDeniedException("access.denied"));
        }
        BusinessException refusal = find(thrown);
        if (refusal == null) {
            return false;
        }
        if (refusal instanceof AccessDeniedException) {
            return refuse(HttpServletResponse.SC_FORBIDDEN, refusal);
        }
        if (refusal instanceof NotFoundException) {
            return refuse(HttpServletResponse.SC_NOT_FOUND, refusal);
        }
        Messages.addGlobalError(refusal.key(), refusal.args());
        Faces.validationFailed();
        return true;
    }

    private static BusinessException find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException b) {
                return b;
            }
        }
        return null;
    }

    private static boolean refuse(int status, BusinessException refusal) {
        if (Faces.isAjaxRequest() || Faces.getContext().getResponseComplete()) {
            Messages.addGlobalError(refusal.key(), refusal.args());
            return true;
        }
        Faces.responseSendError(status, refusal.key());
        return true;
    }
}

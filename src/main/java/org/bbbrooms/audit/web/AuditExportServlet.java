package org.bbbrooms.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditCsv;
import org.bbbrooms.audit.AuditFilter;
import org.bbbrooms.audit.AuditLog;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.AccessDeniedException;

/**
 * {@code GET /admin/audit/export?[from=2026-12-01][&until=2026-12-31][&actor=][&action=][&target=][&course=]}
 * {@code [&lang=fr]}: the filtered audit log as CSV, streamed batch by batch (see {@link AuditCsv}), for admins only (the
 * container guards {@code /admin/*}, the service checks again: 403). Bad parameters get 400 saying what to send.
 */
@WebServlet("/admin/audit/export")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "fr".equals(request.getParameter("lang")) ? Locale.FRENCH : Locale.ENGLISH;
        AuditFilter filter;
        try {
            filter = AuditFilter.ofDays(optional(request, "from", LocalDate::parse).orElse(null),
                    optional(request, "until", LocalDate::parse).orElse(null), request.getParameter("actor"),
                    optional(request, "action", AuditAction::valueOf).orElse(null), request.getParameter("target"),
                    request.getParameter("course"), audit.zone());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Send from and until as yyyy-MM-dd and action as"
                    + " one of the names of the audit page's actions (" + e.getMessage() + ")");
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        response.setHeader("Cache-Control", "no-store");
        try {
            Actor actor = activeUser.actor();
            new AuditCsv(locale, audit.zone()).write(response.getWriter(),
                    (after, max) -> audit.batch(actor, filter, after, max));
        } catch (AccessDeniedException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static <T> Optional<T> optional(HttpServletRequest request, String name, Function<String, T> parse) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(v -> !v.isEmpty())
                .map(parse);
    }
}

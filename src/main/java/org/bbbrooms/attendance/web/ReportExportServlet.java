package org.bbbrooms.attendance.web;

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
import org.bbbrooms.attendance.ReportExport;
import org.bbbrooms.attendance.ReportFilter;
import org.bbbrooms.attendance.ReportPeriod;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.web.Texts;
import org.bbbrooms.room.RoomType;

/**
 * {@code GET /reports/export?format=csv|xlsx&from=2025-03-01&to=2025-03-31[&course=][&type=][&teacher=][&lang=fr]}:
 * the whole filtered report (every page) as a file, for a user who may see it (403 otherwise). Bad parameters get
 * 400 with a message saying what to send.
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "fr".equals(request.getParameter("lang")) ? Locale.FRENCH : Locale.ENGLISH;
        String format = Optional.ofNullable(request.getParameter("format")).orElse("csv");
        ReportFilter filter;
        try {
            if (!format.equals("csv") && !format.equals("xlsx")) {
                throw new IllegalArgumentException("format must be csv or xlsx");
            }
            filter = new ReportFilter(new ReportPeriod(day(request, "from"), day(request, "to"), reports.zone()),
                    optional(request, "course", Long::valueOf), optional(request, "type", RoomType::valueOf),
                    optional(request, "teacher", Long::valueOf));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Send format=csv|xlsx, from and to as yyyy-MM-dd,"
                    + " and optionally course and teacher ids and a room type (" + e.getMessage() + ")");
            return;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, Texts.format(locale, e.key(), e.args()));
            return;
        }
        byte[] file;
        try {
            Actor actor = activeUser.actor();
            ReportExport export = new ReportExport(locale, reports.zone());
            file = format.equals("csv") ? export.csv(reports.export(actor, filter))
                    : export.xlsx(reports.export(actor, filter));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String name = "attendance-" + filter.period().from() + "-" + filter.period().to() + "." + format;
        response.setContentType(format.equals("csv") ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    private static LocalDate day(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return LocalDate.parse(value.strip());
    }

    private static <T> Optional<T> optional(HttpServletRequest request, String name, Function<String, T> parse) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(v -> !v.isEmpty())
                .map(parse);
    }
}

package org.bbbrooms.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.bbbrooms.attendance.ReportExport;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.platform.web.LocaleBacking;

/**
 * How report pages write times: instants in the portal's time zone, in the user's language; durations as
 * {@code 1:05:09}; and as ISO 8601 instants in {@code data-} attributes, for scripts and tests.
 * <p>Use: {@code #{reportTimes.time(row.started())}}, {@code #{reportTimes.hours(row.duration())}}.
 */
@Named
@RequestScoped
public class ReportTimes {

    @Inject
    ReportService reports;

    @Inject
    LocaleBacking locale;

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(locale.getLocale()).format(instant.atZone(reports.zone()));
    }

    /** The time, or nothing while it is not known yet (an open meeting's end). */
    public String timeOf(Optional<Instant> instant) {
        return instant.map(this::time).orElse("");
    }

    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale.getLocale()).format(day);
    }

    public String hours(Duration duration) {
        return ReportExport.hours(duration);
    }

    public String seconds(int seconds) {
        return hours(Duration.ofSeconds(seconds));
    }

    public String iso(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse("");
    }
}

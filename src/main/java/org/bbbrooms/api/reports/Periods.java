package org.bbbrooms.api.reports;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.bbbrooms.api.ApiProblem;
import org.bbbrooms.attendance.CoursePeriod;

/**
 * The {@code from} and {@code until} query parameters of the reports: ISO-8601 instants, each optional; a value
 * that is not one is a 400 problem naming the parameter.
 */
final class Periods {

    static final String FROM = "Only meetings started at this instant or later (ISO-8601, 2025-03-01T00:00:00Z).";
    static final String UNTIL = "Only meetings started before this instant (ISO-8601).";

    private Periods() {
    }

    static CoursePeriod of(long courseId, String from, String until) {
        return new CoursePeriod(courseId, instant("from", from), instant("until", until));
    }

    private static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new ApiProblem(400, "api.reports.instant.invalid", name);
        }
    }
}

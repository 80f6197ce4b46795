package org.bbbrooms.attendance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which meetings of one course a report covers: those of its rooms (the course room and its groups' rooms) started
 * at {@code from} or later and before {@code until}, either bound left open. Unlike {@link ReportPeriod} it is not
 * tied to the portal's days, for callers (the API) that count in instants.
 * <p>Use: {@code reports.courseMeetings(actor, CoursePeriod.all(courseId), Optional.empty(), 100)}.
 */
public record CoursePeriod(long courseId, Optional<Instant> from, Optional<Instant> until) {

    public CoursePeriod {
        Objects.requireNonNull(from);
        Objects.requireNonNull(until);
    }

    public static CoursePeriod all(long courseId) {
        return new CoursePeriod(courseId, Optional.empty(), Optional.empty());
    }
}

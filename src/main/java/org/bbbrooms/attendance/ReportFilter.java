package org.bbbrooms.attendance;

import java.util.Objects;
import java.util.Optional;
import org.bbbrooms.room.RoomType;

/**
 * What a report covers: a period, and optionally one course, one kind of room, and the teacher who started the
 * meetings. The service narrows it further to what the user may see.
 * <p>Use: {@code new ReportFilter(reports.currentMonth(), Optional.of(courseId), Optional.empty(), Optional.empty())}.
 */
public record ReportFilter(ReportPeriod period, Optional<Long> courseId, Optional<RoomType> roomType,
        Optional<Long> teacherId) {

    public ReportFilter {
        Objects.requireNonNull(period);
        Objects.requireNonNull(courseId);
        Objects.requireNonNull(roomType);
        Objects.requireNonNull(teacherId);
    }

    public static ReportFilter of(ReportPeriod period) {
        return new ReportFilter(period, Optional.empty(), Optional.empty(), Optional.empty());
    }
}

package org.bbbrooms.attendance;

import java.util.Optional;
import java.util.Set;

/**
 * Whose meetings a user may report on: every meeting (admins), or the meetings of the courses they teach.
 * <p>Use: {@code if (scope.covers(courseId)) ...}
 */
public record ReportScope(boolean all, Set<Long> courseIds) {

    public static final ReportScope ALL = new ReportScope(true, Set.of());

    public ReportScope {
        courseIds = Set.copyOf(courseIds);
    }

    /** Whether a meeting of a room in this course (empty for rooms without a course) is covered. */
    public boolean covers(Optional<Long> courseId) {
        return all || courseId.map(courseIds::contains).orElse(false);
    }
}

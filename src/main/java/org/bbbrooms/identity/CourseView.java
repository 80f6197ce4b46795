package org.bbbrooms.identity;

import java.util.List;
import java.util.Optional;

/**
 * A course as one user sees it: their role in it (none for an admin who is not enrolled), and the groups shown to
 * them (all of them for teachers and admins, their own for students).
 */
public record CourseView(Course course, Optional<CourseRole> role, boolean admin, List<CourseGroup> groups) {

    public CourseView {
        groups = List.copyOf(groups);
    }

    /** Teachers of the course and admins manage it. */
    public boolean manages() {
        return admin || role.filter(r -> r == CourseRole.TEACHER).isPresent();
    }
}

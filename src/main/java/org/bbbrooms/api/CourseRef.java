package org.bbbrooms.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.platform.NotFoundException;

/**
 * The {@code {courseId}} of an {@code /api/v1} path: the course's id in bbb-rooms ({@code 42}), or {@code ext:} and
 * the host portal's own id for it ({@code ext:MATH-2025}, its {@code externalId}). Anything else, or a course that
 * does not exist or was deleted, is the 404 problem {@code course.notFound}.
 * <p>Use: {@code long id = courseRef.id(courseId);} then pass the id to the services, which check the rest.
 */
@ApplicationScoped
public class CourseRef {

    /** How the parameter is described in the OpenAPI document. */
    public static final String DESCRIPTION = "The course: its id in bbb-rooms (`42`), or `ext:` and the host"
            + " portal's id for it (`ext:MATH-2025`).";

    private static final String EXTERNAL = "ext:";

    private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,18}");

    @Inject
    CourseService courses;

    public long id(String courseId) {
        Optional<Course> course = Optional.empty();
        if (courseId != null && NUMERIC.matcher(courseId).matches()) {
            course = courses.find(Long.parseLong(courseId));
        } else if (courseId != null && courseId.startsWith(EXTERNAL) && courseId.length() > EXTERNAL.length()) {
            course = courses.findByExternalId(courseId.substring(EXTERNAL.length()));
        }
        return course.filter(c -> !c.isDeleted()).map(Course::getId)
                .orElseThrow(() -> new NotFoundException("course.notFound"));
    }
}

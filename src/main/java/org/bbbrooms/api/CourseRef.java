package org.bbbrooms.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.platform.NotFoundException;

/**
 * The {@code {courseId}} of an {@code /api/v1} path: the course's id in bbb-rooms ({@code 42}). Anything else, or a
 * course that does not exist or was deleted, is the 404 problem {@code course.notFound}, so that a caller never
 * learns more about a course it named wrongly.
 * <p>Use: {@code long id = courseRef.id(courseId);} then pass the id to the services, which check the rest.
 */
@ApplicationScoped
public class CourseRef {

    /** How the parameter is described in the OpenAPI document. */
    public static final String DESCRIPTION = "The course's id in bbb-rooms.";

    private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,18}");

    @Inject
    CourseService courses;

    public long id(String courseId) {
        if (courseId == null || !NUMERIC.matcher(courseId).matches()) {
            throw new NotFoundException("course.notFound");
        }
        return courses.find(Long.parseLong(courseId)).filter(course -> !course.isDeleted()).map(Course::getId)
                .orElseThrow(() -> new NotFoundException("course.notFound"));
    }
}

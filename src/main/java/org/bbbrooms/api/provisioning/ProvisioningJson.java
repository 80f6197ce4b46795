package org.bbbrooms.api.provisioning;

import java.util.Locale;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.User;

/**
 * The JSON bodies and answers of the provisioning API. Bodies carry no external id: it is in the path. Roles are
 * read in any case and written in lower case ({@code student}, {@code teacher}, {@code admin}).
 */
public final class ProvisioningJson {

    private ProvisioningJson() {
    }

    /** The body of {@code PUT /users/{externalId}}; the password is optional (at least 8 characters). */
    public record UserBody(String username, String displayName, String email, String role, String password) {

        @Override
        public String toString() {
            return "UserBody[" + username + "]";
        }
    }

    public record CourseBody(String code, String title) {
    }

    public record GroupBody(String name) {
    }

    public record EnrollmentBody(String role) {
    }

    public record UserJson(String externalId, String username, String displayName, String email, String role,
            boolean active, boolean hasPassword) {

        static UserJson of(User user) {
            return new UserJson(user.getExternalId().orElse(null), user.getUsername(), user.getDisplayName(),
                    user.getEmail(), wire(user.getRole()), user.isActive(), user.hasPassword());
        }
    }

    public record CourseJson(String externalId, String code, String title, boolean active) {

        static CourseJson of(Course course) {
            return new CourseJson(course.getExternalId().orElse(null), course.getCode(), course.getTitle(),
                    course.isActive());
        }
    }

    public record GroupJson(String course, String externalId, String name, boolean active) {

        static GroupJson of(CourseGroup group) {
            return new GroupJson(group.getCourse().getExternalId().orElse(null), group.getExternalId().orElse(null),
                    group.getName(), group.isActive());
        }
    }

    public record EnrollmentJson(String course, String user, String role, boolean active) {

        static EnrollmentJson of(Enrollment enrollment) {
            return new EnrollmentJson(enrollment.getCourse().getExternalId().orElse(null),
                    enrollment.getUser().getExternalId().orElse(null), wire(enrollment.getRole()),
                    enrollment.isActive());
        }
    }

    public record MemberJson(String course, String group, String user) {
    }

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

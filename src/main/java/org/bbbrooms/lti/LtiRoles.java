package org.bbbrooms.lti;

import java.util.Collection;
import java.util.Set;
import org.bbbrooms.identity.CourseRole;

/**
 * LIS roles (as the launch's roles claim and NRPS members carry them) to our course roles. Instructor,
 * TeachingAssistant, ContentDeveloper and the context's Administrator teach, in the full form
 * ({@code .../membership#Instructor}, sub-roles such as {@code .../membership/Instructor#TeachingAssistant}) or the
 * short one ({@code Instructor}); the platform's administrators ({@code .../institution/person#Administrator},
 * {@code .../system/person#Administrator}) teach too, and never get more than that course's teacher rights.
 * Everybody else (Learner, Mentor, none) is a student.
 * <p>Use: {@code CourseRole role = LtiRoles.courseRole(launch.roles());}
 */
public final class LtiRoles {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final Set<String> TEACHING = Set.of("Instructor", "TeachingAssistant", "ContentDeveloper",
            "Administrator");
    private static final Set<String> PLATFORM_ADMINS = Set.of(LIS + "institution/person#Administrator",
            LIS + "system/person#Administrator");

    private LtiRoles() {
    }

    public static CourseRole courseRole(Collection<String> roles) {
        return roles.stream().anyMatch(LtiRoles::teaches) ? CourseRole.TEACHER : CourseRole.STUDENT;
    }

    /** Whether the roles hold the platform's (institution or system) Administrator role. */
    public static boolean platformAdmin(Collection<String> roles) {
        return roles.stream().anyMatch(PLATFORM_ADMINS::contains);
    }

    private static boolean teaches(String role) {
        if (PLATFORM_ADMINS.contains(role)) {
            return true;
        }
        String context = LIS + "membership";
        String name;
        if (role.startsWith(context + "#") || role.startsWith(context + "/")) {
            name = role.substring(context.length() + 1);
        } else if (!role.contains(":") && !role.contains("/")) {
            name = role;
        } else {
            return false;
        }
        return TEACHING.contains(name.contains("#") ? name.substring(0, name.indexOf('#')) : name)
                || TEACHING.contains(name.substring(name.indexOf('#') + 1));
    }
}

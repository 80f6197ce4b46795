package org.bbbrooms.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bbbrooms.identity.CourseRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LIS roles, as LMSs send them in full, as sub-roles or short, become a course role; nothing becomes more. */
class LtiRolesTest {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            LIS + "membership#Instructor, TEACHER",
            LIS + "membership/Instructor#TeachingAssistant, TEACHER",
            LIS + "membership#ContentDeveloper, TEACHER",
            LIS + "membership#Administrator, TEACHER",
            LIS + "institution/person#Administrator, TEACHER",
            LIS + "system/person#Administrator, TEACHER",
            "Instructor, TEACHER",
            "TeachingAssistant, TEACHER",
            LIS + "membership#Learner, STUDENT",
            LIS + "membership#Mentor, STUDENT",
            LIS + "institution/person#Instructor, STUDENT",
            "Learner, STUDENT",
            "urn:lti:role:ims/lis:Instructor#evil, STUDENT",
            "http://example.org/membership#Instructor, STUDENT"
    })
    void aRoleMapsToACourseRole(String role, CourseRole expected) {
        assertEquals(expected, LtiRoles.courseRole(List.of(role)));
    }

    @ParameterizedTest(name = "with [{0}]")
    @CsvSource({"''", LIS + "membership#Learner"})
    void noTeachingRoleIsAStudentAndAnyTeachingRoleTeaches(String other) {
        assertEquals(CourseRole.STUDENT, LtiRoles.courseRole(other.isEmpty() ? List.of() : List.of(other)));
        assertEquals(CourseRole.TEACHER, LtiRoles.courseRole(List.of(other, LIS + "membership#Instructor")));
    }
}

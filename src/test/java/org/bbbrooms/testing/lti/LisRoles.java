package org.bbbrooms.testing.lti;

/**
 * The LIS roles a test gives its users (LTI Core 1.3 §A.2), as the full URIs that the roles claim and NRPS carry.
 * <pre>{@code
 * emu.enroll("c1", "t1", LisRoles.INSTRUCTOR);
 * emu.user("admin1", "Ada", "Admin", LisRoles.ADMINISTRATOR);   // an institution role, sent with every launch
 * }</pre>
 */
public final class LisRoles {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    public static final String INSTRUCTOR = MEMBERSHIP + "Instructor";
    public static final String LEARNER = MEMBERSHIP + "Learner";
    /** A sub-role of Instructor (LTI Core §A.2.3.1); Canvas sends it for TAs. */
    public static final String TEACHING_ASSISTANT =
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
    public static final String CONTENT_DEVELOPER = MEMBERSHIP + "ContentDeveloper";
    public static final String MENTOR = MEMBERSHIP + "Mentor";
    /** The institution role of a platform administrator. */
    public static final String ADMINISTRATOR =
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    private LisRoles() {
    }
}

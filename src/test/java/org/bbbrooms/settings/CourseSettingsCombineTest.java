package org.bbbrooms.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.junit.jupiter.api.Test;

/** How a course's own choices and the platform's settings combine into what its rooms use. */
class CourseSettingsCombineTest {

    private static PlatformSettings platform(int max, boolean groupRooms, boolean record, boolean studentsStart) {
        return new PlatformSettings(true, "", false, ChecksumAlgorithm.SHA256, false, Set.of(), false, groupRooms, max,
                0, record, studentsStart, ClientInterface.HTML5, false, false, false, false,
                Optional.empty());
    }

    private static CourseRoomSettings course(Integer max, Boolean record, boolean groupRooms, Boolean studentsStart) {
        CourseRoomSettings course = new CourseRoomSettings(7);
        course.setMaxParticipants(max);
        course.setRecord(record);
        course.setGroupRoomsEnabled(groupRooms);
        course.setStudentsStartGroupRooms(studentsStart);
        return course;
    }

    @Test
    void withoutCourseSettingsThePlatformDefaultsApply() {
        CourseRoomConfig config = CourseSettingsService.combine(platform(30, true, true, true), Optional.empty());
        assertEquals(new CourseRoomConfig("", true, 30, true, true), config);
    }

    @Test
    void theCourseChoosesWhereItMay() {
        CourseRoomConfig config = CourseSettingsService.combine(platform(30, true, true, false),
                Optional.of(course(12, false, false, true)));
        assertEquals(12, config.maxParticipants());
        assertFalse(config.record());
        assertFalse(config.groupRoomsEnabled());
        assertTrue(config.studentsStartGroupRooms());
    }

    @Test
    void thePlatformLimitCapsTheCourse() {
        assertEquals(30, CourseSettingsService.combine(platform(30, true, false, false),
                Optional.of(course(50, null, true, null))).maxParticipants(), "never above the platform's limit");
        assertEquals(30, CourseSettingsService.combine(platform(30, true, false, false),
                Optional.of(course(0, null, true, null))).maxParticipants(), "'no limit' is capped too");
        assertEquals(50, CourseSettingsService.combine(platform(0, true, false, false),
                Optional.of(course(50, null, true, null))).maxParticipants(), "any limit where the platform has none");
        assertEquals(0, CourseSettingsService.combine(platform(0, true, false, false),
                Optional.of(course(null, null, true, null))).maxParticipants());
    }

    @Test
    void unsetCourseValuesFollowThePlatformAndGroupRoomsNeedBoth() {
        CourseRoomConfig config = CourseSettingsService.combine(platform(0, false, true, true),
                Optional.of(course(null, null, true, null)));
        assertTrue(config.record());
        assertTrue(config.studentsStartGroupRooms());
        assertFalse(config.groupRoomsEnabled(), "the platform turned group rooms off");
    }

    @Test
    void theWelcomeMessageIsStoredSanitised() {
        CourseRoomSettings course = course(null, null, true, null);
        course.setWelcomeMessage("<b>Hello</b><script>alert(1)</script>");
        assertEquals("<b>Hello</b>", CourseSettingsService.combine(platform(0, true, false, false),
                Optional.of(course)).welcomeHtml());
        course.setWelcomeMessage("  ");
        assertEquals("", CourseSettingsService.combine(platform(0, true, false, false), Optional.of(course)).welcomeHtml());
    }
}

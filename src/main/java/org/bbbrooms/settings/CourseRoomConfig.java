package org.bbbrooms.settings;

/**
 * What a course's rooms use, once the course's choices and the platform's limits are combined: the sanitised
 * welcome message (empty for none), recording, the participant limit (0 for none), whether its groups have rooms
 * and whether students may start their group's room.
 */
public record CourseRoomConfig(String welcomeHtml, boolean record, int maxParticipants, boolean groupRoomsEnabled,
        boolean studentsStartGroupRooms) implements java.io.Serializable {
}

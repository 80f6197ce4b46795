package org.bbbrooms.room;

/**
 * What a new meeting of a room is created with, from the course's or the platform's settings: the sanitised welcome
 * message (empty for none), recording, the participant limit and the duration in minutes (0 for none).
 */
public record MeetingPlan(String welcome, boolean record, int maxParticipants, int durationMinutes) {

    public MeetingPlan {
        welcome = welcome == null ? "" : welcome;
        if (maxParticipants < 0 || durationMinutes < 0) {
            throw new IllegalArgumentException("limits are 0 (none) or more");
        }
    }
}

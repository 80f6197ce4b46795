package org.bbbrooms.bbb;

/**
 * The layout a meeting starts with ({@code meetingLayout} on create, BBB 2.4+; the last three since 3.0).
 * <pre>{@code CreateMeetingRequest.builder().meetingLayout(MeetingLayout.SMART_LAYOUT)}</pre>
 */
public enum MeetingLayout {
    CUSTOM_LAYOUT,
    SMART_LAYOUT,
    PRESENTATION_FOCUS,
    VIDEO_FOCUS,
    CAMERAS_ONLY,
    PARTICIPANTS_CHAT_ONLY,
    PRESENTATION_ONLY
}

package org.bbbrooms.room;

/**
 * What a user may do with a room, as {@link RoomPolicy} grants it. {@link #JOIN} is granted only while a meeting
 * runs; whoever may {@link #MODERATE} joins as MODERATOR, everybody else as VIEWER.
 * <p>Use: {@code if (view.may(RoomAction.START)) ...}
 */
public enum RoomAction {
    VIEW, JOIN, START, MODERATE, END, MANAGE_RECORDINGS
}

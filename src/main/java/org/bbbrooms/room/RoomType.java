package org.bbbrooms.room;

/**
 * The four kinds of room, one room per context: a course, a course group, the whole platform, or one user (their
 * personal room, open to anyone signed in who has its link).
 */
public enum RoomType {
    COURSE, GROUP, PLATFORM, PERSONAL
}

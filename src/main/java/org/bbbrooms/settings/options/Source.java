package org.bbbrooms.settings.options;

/**
 * Where an option's effective value comes from, for the pages' "from ..." hints: the registry's default (BBB's own),
 * the platform (this page, or the Extra page for the options it keeps), the course, or the room.
 */
public enum Source {
    DEFAULT, PLATFORM, EXTRA, COURSE, ROOM
}

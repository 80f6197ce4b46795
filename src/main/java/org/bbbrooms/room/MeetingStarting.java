package org.bbbrooms.room;

import org.bbbrooms.platform.BusinessException;

/**
 * Another request is starting the room's meeting and BBB has not answered it yet: rather than keep this one waiting,
 * the user is told so, and the room's push ({@link RoomEvents#started}) brings them in once it has.
 * <p>Use: {@code catch (MeetingStarting e) { ... wait for the push ... }}
 */
public class MeetingStarting extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MeetingStarting() {
        super("room.start.pending");
    }
}

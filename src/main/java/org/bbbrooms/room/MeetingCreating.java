package org.bbbrooms.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bbbrooms.bbb.CreateMeetingRequest;
import org.bbbrooms.bbb.Presentation;

/**
 * Fired (synchronously, outside any transaction) just before a meeting's create is sent, so that features the room
 * package does not know of add to it: presentations (the slides feature) and create parameters (breakout rooms from
 * the course's groups). The meeting is saved and open. An observer must not throw: whatever it cannot add, it leaves
 * out, so that the meeting starts anyway.
 * <p>Use: {@code void add(@Observes MeetingCreating creating) { creating.presentation(...); }}
 */
public final class MeetingCreating {

    private final Room room;
    private final Meeting meeting;
    private final List<Presentation> presentations = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();

    public MeetingCreating(Room room, Meeting meeting) {
        this.room = room;
        this.meeting = meeting;
    }

    public Room room() {
        return room;
    }

    public Meeting meeting() {
        return meeting;
    }

    public void presentation(Presentation presentation) {
        presentations.add(presentation);
    }

    /** A create parameter by its BBB name ({@code groups}). */
    public void parameter(String name, String value) {
        parameters.put(name, value);
    }

    /** The request with what observers added. */
    CreateMeetingRequest applyTo(CreateMeetingRequest request) {
        return presentations.isEmpty() && parameters.isEmpty() ? request : request.plus(presentations, parameters);
    }
}

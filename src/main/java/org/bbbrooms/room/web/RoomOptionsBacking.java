package org.bbbrooms.room.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.settings.options.MeetingOptionsService;
import org.bbbrooms.settings.options.Source;
import org.bbbrooms.settings.options.web.OptionRow;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomContexts;
import org.bbbrooms.room.RoomStore;
import org.bbbrooms.room.RoomType;
import org.bbbrooms.settings.SettingsService;
import org.omnifaces.util.Messages;

/**
 * Backs room-options.xhtml?id=...: the meeting options of one of a course's rooms (its course room or a named room),
 * for the course's teachers and admins (the service refuses everyone else). Options the platform leaves to rooms are
 * editable; the others show their value and where it comes from.
 */
@Named
@ViewScoped
public class RoomOptionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingOptionsService options;

    @Inject
    RoomStore rooms;

    @Inject
    RoomContexts contexts;

    @Inject
    SettingsService settings;

    @Inject
    ActiveUser activeUser;

    private String id;
    private long courseId;
    private long roomId;
    private String roomName;
    private String courseCode;
    private List<OptionRow> rows;

    public void load() {
        Room room = rooms.roomByPublicId(id == null ? "" : id).filter(r -> r.getType() == RoomType.COURSE)
                .orElseThrow(() -> new NotFoundException("room.notFound"));
        courseId = room.getCourse().orElseThrow().getId();
        courseCode = room.getCourse().orElseThrow().getCode();
        roomId = room.getId();
        roomName = contexts.name(room);
        refresh();
    }

    public void save() {
        options.saveRoom(activeUser.actor(), courseId, roomId, OptionRow.ownValues(rows));
        refresh();
        Messages.addGlobalInfo("common.saved");
    }

    private void refresh() {
        rows = options.room(activeUser.actor(), courseId, roomId).stream()
                .map(s -> OptionRow.of(s, s.decision().roomMay(), s.source() == Source.ROOM)).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRoomName() {
        return roomName;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public List<OptionRow> getRows() {
        return rows;
    }

    public String getServerVersion() {
        return settings.current().detectedVersion().orElse("");
    }
}

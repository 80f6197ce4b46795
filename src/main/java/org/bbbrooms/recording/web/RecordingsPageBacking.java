package org.bbbrooms.recording.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.web.Texts;
import org.omnifaces.util.Faces;

/**
 * Backs recordings.xhtml?room=&lt;public id&gt;, one room's recordings alone: the admins' recordings page links there,
 * as it works for every room whose recordings the user may see, including rooms switched off and rooms of deleted
 * courses, which have no room page. It checks at once that the room exists and that the user may see its recordings
 * (404 / 403 page).
 */
@Named
@ViewScoped
public class RecordingsPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordingsBacking recordings;

    private String room;

    public void load() {
        if (room == null || room.isBlank()) {
            throw new NotFoundException("room.notFound");
        }
        recordings.list(room);
    }

    public String getTitle() {
        return Texts.format(Faces.getLocale(), "recording.page.title", recordings.list(room).roomName());
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}

package org.bbbrooms.recording.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.Texts;
import org.bbbrooms.recording.RecordingService;
import org.bbbrooms.recording.RecordingView;
import org.bbbrooms.recording.RoomRecordings;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the recordings list ({@code <rec:list room="publicId"/>}, resources/recordings/list.xhtml, in the room
 * widget's Recordings tab and on the room's pages): each room's list as the signed-in user may see it, read once per
 * view from the local table (only when the list is first shown) and again after each action or poll, plus the one
 * recording being renamed or confirmed for deletion. Every action goes through {@link RecordingService}, which
 * checks the user's rights again; a refusal shows as a message and changes nothing.
 */
@Named
@ViewScoped
public class RecordingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> KNOWN_FORMATS = Set.of("presentation", "video", "podcast", "notes",
            "screenshare", "capture");

    @Inject
    RecordingService recordings;

    @Inject
    ActiveUser activeUser;

    private final Map<String, RoomRecordings> lists = new HashMap<>();
    private String editing;
    private String editName;
    private String editDescription;
    private String confirmingDelete;

    /** The room's list, read once per view. */
    public RoomRecordings list(String room) {
        return lists.computeIfAbsent(room, id -> recordings.ofRoom(activeUser.actor(), id));
    }

    /** Reads the room's list again from the local table (the poll while a recording is on its way). */
    public void reload(String room) {
        lists.put(room, recordings.ofRoom(activeUser.actor(), room));
    }

    /**
     * Reads the room's list again if this view shows it: the room widget calls this when the push says that the
     * room's meeting started or ended, so that a recording on its way is looked for at once.
     */
    public void reloadIfShown(String room) {
        if (lists.containsKey(room)) {
            reload(room);
        }
    }

    /** Asks BBB again about the room's recordings (teachers). */
    public void refresh(String room) {
        lists.put(room, recordings.refresh(activeUser.actor(), room));
        Messages.addGlobalInfo("recording.refreshed");
    }

    public void publish(String room, RecordingView recording, boolean publish) {
        recordings.publish(activeUser.actor(), recording.recordId(), publish);
        done(room, publish ? "recording.done.published" : "recording.done.unpublished", recording.name());
    }

    public void hide(String room, RecordingView recording, boolean hidden) {
        recordings.hide(activeUser.actor(), recording.recordId(), hidden);
        done(room, hidden ? "recording.done.hidden" : "recording.done.shown", recording.name());
    }

    /** Opens the rename form of one recording, filled with its name and description. */
    public void edit(RecordingView recording) {
        editing = recording.recordId();
        editName = recording.name();
        editDescription = recording.description();
        confirmingDelete = null;
    }

    public void rename(String room) {
        recordings.rename(activeUser.actor(), editing, editName, editDescription);
        editing = null;
        done(room, "recording.done.renamed", editName.strip());
    }

    /** Asks for confirmation before deleting, naming the recording. */
    public void confirmDelete(RecordingView recording) {
        confirmingDelete = recording.recordId();
        editing = null;
    }

    public void delete(String room, RecordingView recording) {
        recordings.delete(activeUser.actor(), recording.recordId());
        confirmingDelete = null;
        done(room, "recording.done.deleted", recording.name());
    }

    public void cancel() {
        editing = null;
        confirmingDelete = null;
    }

    public boolean editing(RecordingView recording) {
        return recording.recordId().equals(editing);
    }

    public boolean confirmingDelete(RecordingView recording) {
        return recording.recordId().equals(confirmingDelete);
    }

    /** A playback format's name in the user's language ("Presentation"), or BBB's word for formats we do not know. */
    public String formatLabel(String type) {
        return KNOWN_FORMATS.contains(type) ? Texts.format(Faces.getLocale(), "recording.format." + type) : type;
    }

    private void done(String room, String key, String name) {
        reload(room);
        Messages.addGlobalInfo(key, name);
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditDescription() {
        return editDescription;
    }

    public void setEditDescription(String editDescription) {
        this.editDescription = editDescription;
    }
}

package org.bbbrooms.slides.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.slides.SlideService;
import org.bbbrooms.slides.SlideView;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs slides.xhtml?room=...: the slides of one room, for those who host it, or without {@code room} the platform's
 * default slides, for admins (SlideService refuses everyone else). The upload is a plain multipart POST
 * (p:fileUpload in simple mode: no script, so nothing for the CSP to block); the list is read again after each
 * change.
 */
@Named
@ViewScoped
public class SlidesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlideService slides;

    @Inject
    RoomService rooms;

    @Inject
    ActiveUser activeUser;

    private String room;
    private String roomName = "";
    private List<SlideView> shown = List.of();
    private transient UploadedFile file;

    public void load() {
        if (room().isPresent()) {
            roomName = rooms.byPublicId(actor(), room).name();
        }
        reread();
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            throw new BusinessException("slides.empty");
        }
        SlideView added = slides.upload(actor(), room(), file.getFileName(), file.getContent());
        file = null;
        reread();
        Messages.addGlobalInfo("slides.uploaded", added.fileName());
    }

    public void makeDefault(long slideId) {
        slides.makeDefault(actor(), room(), slideId);
        reread();
    }

    public void delete(long slideId) {
        slides.delete(actor(), room(), slideId);
        reread();
        Messages.addGlobalInfo("slides.deleted");
    }

    private void reread() {
        shown = slides.list(actor(), room());
    }

    private Optional<String> room() {
        return Optional.ofNullable(room).filter(id -> !id.isBlank());
    }

    private Actor actor() {
        return activeUser.actor();
    }

    /** Whether these are the platform's default slides rather than a room's. */
    public boolean isPlatform() {
        return room().isEmpty();
    }

    public long getMaxMegabytes() {
        return slides.maxMegabytes();
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getRoomName() {
        return roomName;
    }

    public List<SlideView> getSlides() {
        return shown;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

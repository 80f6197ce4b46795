package org.bbbrooms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.attendance.CompletionRule;
import org.bbbrooms.attendance.CompletionService;
import org.bbbrooms.identity.security.ActiveUser;
import org.omnifaces.util.Messages;

/**
 * Backs completion.xhtml?room=&lt;room&gt;: what counts as attended in a room (at least N minutes, or P % of the
 * meeting), for its hosts; the service refuses anyone else and says what is wrong with a rule out of range.
 */
@Named
@ViewScoped
public class CompletionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompletionService completion;

    @Inject
    ActiveUser activeUser;

    private String room;
    private String roomName;
    private CompletionRule.Kind kind;
    private Integer value;

    public void load() {
        show(completion.forRoom(activeUser.actor(), room));
    }

    public void save() {
        show(completion.save(activeUser.actor(), room, new CompletionRule(kind, value == null ? 0 : value)));
        Messages.addGlobalInfo("common.saved");
    }

    private void show(CompletionService.RoomCompletion shown) {
        roomName = shown.roomName();
        kind = shown.rule().kind();
        value = shown.rule().value();
    }

    public CompletionRule.Kind[] getKinds() {
        return CompletionRule.Kind.values();
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

    public CompletionRule.Kind getKind() {
        return kind;
    }

    public void setKind(CompletionRule.Kind kind) {
        this.kind = kind;
    }

    public Integer getValue() {
        return value;
    }

    public void setValue(Integer value) {
        this.value = value;
    }
}

package org.bbbrooms.lti.grades.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.attendance.CompletionRule;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.lti.grades.GradingService;
import org.bbbrooms.lti.services.RosterRun;
import org.omnifaces.util.Messages;

/**
 * Backs lti/grading.xhtml?room=…: a room's attendance grades, for its course's teachers (the service refuses
 * everybody else): on or off, the room's completion rule (the reports' too), the last roster sync, and the scores sent, waiting and failed.
 */
@Named
@ViewScoped
public class GradingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GradingService grading;

    @Inject
    ActiveUser activeUser;

    private String room;
    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient GradingService.GradingView view;
    private boolean enabled;
    private CompletionRule.Kind kind;
    private Integer value;

    public void load() {
        show(grading.view(activeUser.actor(), room == null ? "" : room));
    }

    public void save() {
        show(grading.save(activeUser.actor(), room, enabled, new CompletionRule(kind, value == null ? 0 : value)));
        Messages.addGlobalInfo("lti.grading.saved");
    }

    public void retry() {
        int retried = grading.retryFailed(activeUser.actor(), room);
        show(grading.view(activeUser.actor(), room));
        Messages.addGlobalInfo("lti.grading.retried", retried);
    }

    private void show(GradingService.GradingView shown) {
        view = shown;
        enabled = shown.enabled();
        kind = shown.rule().kind();
        value = shown.rule().value();
    }

    /** The bundle key of the last roster sync's line: never, synced or failed. */
    public String getRosterKey() {
        return getView().roster().flatMap(RosterRun::getOutcome).map(o -> "lti.grading.roster." + o)
                .orElse("lti.grading.roster.never");
    }

    /** When the roster was last synced, and its member count or failure. */
    public Object[] getRosterParams() {
        return getView().roster().filter(r -> r.getSyncedAt().isPresent()).map(r -> new Object[] {r.getSyncedAt().get(),
                r.getOutcome().filter(o -> o == RosterRun.Outcome.SYNCED).isPresent() ? r.getMembers()
                        : r.getDetail().orElse("")}).orElse(new Object[] {"", ""});
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

    public GradingService.GradingView getView() {
        if (view == null) {
            view = grading.view(activeUser.actor(), room == null ? "" : room);
        }
        return view;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
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

package org.bbbrooms.room.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.room.LiveMeetings;
import org.bbbrooms.room.LiveMeetings.LiveMeeting;
import org.omnifaces.util.Messages;

/**
 * Backs admin/live.xhtml, the live view of every running meeting: read once per view (Refresh reads again), and
 * End, a POST that the service checks and audits.
 */
@Named
@ViewScoped
public class LiveMeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LiveMeetings live;

    @Inject
    ActiveUser activeUser;

    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient List<LiveMeeting> meetings;

    public void load() {
        meetings = live.list(activeUser.actor());
    }

    public void end(long meetingId, String room) {
        live.end(activeUser.actor(), meetingId);
        Messages.addGlobalInfo("live.ended", room);
        load();
    }

    public List<LiveMeeting> getMeetings() {
        if (meetings == null) {
            load();
        }
        return meetings;
    }
}

package org.bbbrooms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.attendance.MeetingDetail;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.web.LocaleBacking;

/** Backs report-meeting.xhtml?id=: one meeting's participants, for those who may report on it (403 otherwise). */
@Named
@ViewScoped
public class MeetingReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    ActiveUser activeUser;

    @Inject
    LocaleBacking locale;

    private String id;
    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient MeetingDetail detail;

    public void load() {
        long meetingId;
        try {
            meetingId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("report.meeting.notFound");
        }
        detail = reports.detail(activeUser.actor(), meetingId, locale.getLanguage());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingDetail getDetail() {
        if (detail == null) {
            load();
        }
        return detail;
    }
}

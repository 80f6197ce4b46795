package org.bbbrooms.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bbbrooms.attendance.OwnAttendance;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.identity.security.ActiveUser;

/** Backs my-attendance.xhtml: the signed-in user's own attendance, meeting by meeting. */
@Named
@RequestScoped
public class MyAttendanceBacking {

    @Inject
    ReportService reports;

    @Inject
    ActiveUser activeUser;

    private List<OwnAttendance> rows;

    public List<OwnAttendance> getRows() {
        if (rows == null) {
            rows = reports.mine(activeUser.actor());
        }
        return rows;
    }
}

package org.bbbrooms.schedule.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bbbrooms.identity.CourseAccess;
import org.bbbrooms.identity.CourseView;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.schedule.SessionService;
import org.bbbrooms.schedule.TimetableEntry;
import org.omnifaces.util.Messages;

/**
 * Backs timetable.xhtml, a course's timetable: the coming occurrences of the sessions of its rooms that the user
 * sees, for the next {@value #WEEKS} weeks; its teachers make the timetable strict (their own starts bound to the
 * windows too), which {@link SessionService} checks again.
 */
@Named
@ViewScoped
public class TimetableBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int WEEKS = 8;

    @Inject
    ActiveUser activeUser;

    @Inject
    CourseAccess access;

    @Inject
    SessionService sessions;

    @Inject
    Clock clock = Clock.systemUTC();

    private String code;
    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient CourseView view;
    private List<TimetableEntry> entries = List.of();
    private boolean strict;

    public void load() {
        view = access.openCourse(activeUser.actor(), code == null ? "" : code);
        long courseId = view.course().getId();
        entries = sessions.courseTimetable(activeUser.actor(), courseId,
                clock.instant().plus(Duration.ofDays(7L * WEEKS)));
        strict = sessions.isStrict(courseId);
    }

    public void saveStrict() {
        sessions.setStrict(activeUser.actor(), getView().course().getId(), strict);
        Messages.addGlobalInfo(strict ? "timetable.strict.on" : "timetable.strict.off");
    }

    /** Whether the user teaches the course (or administers the platform): who sets strictness and gets its feed. */
    public boolean isTeaches() {
        return sessions.teaches(activeUser.actor(), getView().course().getId());
    }

    public CourseView getView() {
        if (view == null) {
            view = access.openCourse(activeUser.actor(), code == null ? "" : code);
        }
        return view;
    }

    public List<TimetableEntry> getEntries() {
        return entries;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }
}

package org.bbbrooms.recording.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.recording.CourseRetention;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the "Delete course" part of admin/course.xhtml: a confirmation that names the course and says what becomes
 * of its recordings (deleted on the server, or kept and listed for admins, after the platform setting), then the
 * soft delete. It lives with recordings so that identity knows nothing of them; the course service re-checks the
 * admin role, and a server that refuses to delete the recordings leaves the course as it was, with BBB's message.
 */
@Named
@ViewScoped
public class CourseDeletionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseService courses;

    @Inject
    CourseRetention retention;

    private boolean confirming;
    private Integer recordingCount;

    public void ask() {
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    public void delete(Course course) {
        courses.delete(course.getId());
        Messages.addFlashGlobalInfo(retention.deletesRecordings() ? "admin.course.deleted.withRecordings"
                : "admin.course.deleted", course.getCode());
        Faces.redirect("admin/courses.xhtml");
    }

    /** How many recordings of the course are listed, counted once per view. */
    public int recordingCount(Course course) {
        if (recordingCount == null) {
            recordingCount = retention.recordingCount(course.getId());
        }
        return recordingCount;
    }

    public boolean isDeletesRecordings() {
        return retention.deletesRecordings();
    }

    public boolean isConfirming() {
        return confirming;
    }
}

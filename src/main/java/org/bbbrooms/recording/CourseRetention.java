package org.bbbrooms.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.conference.BbbFailures;
import org.bbbrooms.identity.CourseDeleted;
import org.bbbrooms.settings.SettingsService;

/**
 * What becomes of a course's recordings when an admin deletes the course: with the platform setting
 * {@code BBB_DELETE_RECORDINGS_WITH_COURSE} on, they are deleted on the server (after a sync of the course's recorded
 * meetings, so that recordings not listed here yet go too) and here; with it off, they stay, listed for admins.
 * If the server refuses or cannot be reached, the deletion of the course is cancelled with BBB's message; the
 * recordings already deleted on the server are gone here too.
 * <p>Use: the container calls it on {@link CourseDeleted}; {@code retention.recordingCount(courseId)} for a dialog.
 */
@ApplicationScoped
public class CourseRetention {

    private static final Logger LOG = Logger.getLogger(CourseRetention.class.getName());
    private static final int RECORDINGS_PER_CALL = 50;

    @Inject
    SettingsService settings;

    @Inject
    RecordingStore store;

    @Inject
    RecordingSync sync;

    @Inject
    BbbConnection connection;

    public void onCourseDeleted(@Observes CourseDeleted deleted) {
        if (!settings.current().deleteRecordingsWithCourse()) {
            return;
        }
        try {
            sync.sync(store.recordedMeetingsOfCourse(deleted.courseId()));
            List<String> ids = store.ofCourse(deleted.courseId()).stream().map(Recording::getRecordId).toList();
            for (int start = 0; start < ids.size(); start += RECORDINGS_PER_CALL) {
                List<String> batch = ids.subList(start, Math.min(ids.size(), start + RECORDINGS_PER_CALL));
                connection.client().deleteRecordings(batch);
                store.remove(batch);
            }
            LOG.info(() -> "Deleted the " + ids.size() + " recordings of course " + deleted.code() + " on the server");
        } catch (BbbException e) {
            throw BbbFailures.explained(e, "course.delete.server");
        }
    }

    /** How many recordings of the course are listed here. */
    public int recordingCount(long courseId) {
        return store.ofCourse(courseId).size();
    }

    /** Whether deleting a course deletes its recordings on the server. */
    public boolean deletesRecordings() {
        return settings.current().deleteRecordingsWithCourse();
    }
}

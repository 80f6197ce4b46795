package org.bbbrooms.recording.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.web.PagedDataModel;
import org.bbbrooms.recording.Recording;
import org.bbbrooms.recording.RecordingFilter;
import org.bbbrooms.recording.RecordingService;
import org.bbbrooms.recording.RecordingStatus;
import org.bbbrooms.recording.RecordingView;
import org.bbbrooms.room.RoomContexts;
import org.bbbrooms.room.RoomType;
import org.omnifaces.util.Messages;

/**
 * Backs admin/recordings.xhtml: every recording of the platform, deleted courses' included, filtered by course code,
 * room type, dates (from the start of the first day to the end of the last, in the server's time zone) and state,
 * one page at a time; and the actions admins take on them (publish, hide, delete after a confirmation).
 */
@Named
@ViewScoped
public class AdminRecordingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordingService recordings;

    @Inject
    CourseService courses;

    @Inject
    RoomContexts contexts;

    @Inject
    ActiveUser activeUser;

    private String courseCode;
    private RoomType roomType;
    private LocalDate from;
    private LocalDate until;
    private RecordingStatus status;
    private RecordingFilter filter = RecordingFilter.ANY;
    private String confirmingDelete;
    private final PagedDataModel<Recording> model =
            new PagedDataModel<>(request -> recordings.search(activeUser.actor(), filter, request));

    /** Applies the filters; an unknown course code is said so, and the list stays as it was. */
    public void search() {
        Long courseId = null;
        if (courseCode != null && !courseCode.isBlank()) {
            courseId = courses.findByCode(courseCode).map(Course::getId)
                    .orElseThrow(() -> new BusinessException("admin.recordings.course.unknown", courseCode.strip()));
        }
        filter = new RecordingFilter(courseId, roomType, startOf(from), startOf(until == null ? null : until.plusDays(1)),
                status);
    }

    public void publish(Recording recording, boolean publish) {
        recordings.publish(activeUser.actor(), recording.getRecordId(), publish);
        Messages.addGlobalInfo(publish ? "recording.done.published" : "recording.done.unpublished", recording.getName());
    }

    public void hide(Recording recording, boolean hidden) {
        recordings.hide(activeUser.actor(), recording.getRecordId(), hidden);
        Messages.addGlobalInfo(hidden ? "recording.done.hidden" : "recording.done.shown", recording.getName());
    }

    public void confirmDelete(Recording recording) {
        confirmingDelete = recording.getRecordId();
    }

    public void delete(Recording recording) {
        recordings.delete(activeUser.actor(), recording.getRecordId());
        confirmingDelete = null;
        Messages.addGlobalInfo("recording.done.deleted", recording.getName());
    }

    public void cancel() {
        confirmingDelete = null;
    }

    public boolean confirmingDelete(Recording recording) {
        return recording.getRecordId().equals(confirmingDelete);
    }

    /** The recording as the lists show it: state, duration, playback links. */
    public RecordingView view(Recording recording) {
        return RecordingView.of(recording);
    }

    public String roomName(Recording recording) {
        return contexts.name(recording.getRoom());
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    public PagedDataModel<Recording> getModel() {
        return model;
    }

    public RoomType[] getRoomTypes() {
        return RoomType.values();
    }

    public RecordingStatus[] getStatuses() {
        return RecordingStatus.values();
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public RoomType getRoomType() {
        return roomType;
    }

    public void setRoomType(RoomType roomType) {
        this.roomType = roomType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public RecordingStatus getStatus() {
        return status;
    }

    public void setStatus(RecordingStatus status) {
        this.status = status;
    }
}

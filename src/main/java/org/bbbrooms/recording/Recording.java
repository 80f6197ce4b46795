package org.bbbrooms.recording;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bbbrooms.identity.Course;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.Room;

/**
 * The local copy of one BBB recording of one of our meetings, so that pages list recordings without asking BBB.
 * The sync ({@link #refresh}) changes the row only where BBB's data differs, so that syncing twice changes nothing;
 * {@code hidden} is ours alone and no sync touches it. Its room and course repeat the meeting's, for filters.
 * <p>Use: {@code new Recording(meeting, ServerRecording.of(bbb).orElseThrow(), now)}; later {@code refresh(...)}.
 */
@Entity
@Table(name = "recording")
public class Recording extends BaseEntity {

    @Column(name = "record_id", nullable = false, updatable = false, length = 128)
    private String recordId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false, updatable = false)
    private Room room;

    @ManyToOne
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @Column(name = "name", nullable = false, length = ServerRecording.NAME_LENGTH)
    private String name;

    @Column(name = "description", length = ServerRecording.DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private RecordingStatus status;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "participants", nullable = false)
    private int participants;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    @Column(name = "ready_callback_at")
    private Instant readyCallbackAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recording_format", joinColumns = @JoinColumn(name = "recording_id"))
    @OrderColumn(name = "format_index")
    private List<Playback> formats = new ArrayList<>();

    protected Recording() {
    }

    public Recording(Meeting meeting, ServerRecording fetched, Instant now) {
        if (!meeting.getBbbMeetingId().equals(fetched.bbbMeetingId())) {
            throw new IllegalArgumentException("recording " + fetched.recordId() + " is not of " + meeting);
        }
        this.recordId = fetched.recordId();
        this.meeting = meeting;
        this.room = meeting.getRoom();
        this.course = room.getCourse().orElse(null);
        refresh(fetched, now);
    }

    /** Takes BBB's data; true (and {@code synced_at} moves) only when something differed. */
    public final boolean refresh(ServerRecording fetched, Instant now) {
        Instant start = fetched.startedAt().orElse(startedAt == null ? meeting.getOpenedAt() : startedAt);
        Instant end = fetched.endedAt().filter(e -> !e.isBefore(start)).orElse(endedAt == null ? start : endedAt);
        String newDescription = fetched.description().orElse(null);
        boolean same = fetched.name().equals(name) && Objects.equals(newDescription, description)
                && fetched.status() == status && start.equals(startedAt) && end.equals(endedAt)
                && fetched.participants() == participants && fetched.formats().equals(formats);
        if (same) {
            return false;
        }
        name = fetched.name();
        description = newDescription;
        status = fetched.status();
        startedAt = start;
        endedAt = end;
        participants = fetched.participants();
        if (!fetched.formats().equals(formats)) {
            formats.clear();
            formats.addAll(fetched.formats());
        }
        syncedAt = now;
        return true;
    }

    /** BBB's recording-ready callback for this recording: true the first time, false for a replay. */
    public boolean readyCallback(Instant now) {
        if (readyCallbackAt != null) {
            return false;
        }
        readyCallbackAt = now;
        return true;
    }

    /** What publishRecordings did on the server. */
    public void published(boolean published) {
        if (status == RecordingStatus.PROCESSING) {
            throw new IllegalStateException(this + " is still processing");
        }
        status = published ? RecordingStatus.PUBLISHED : RecordingStatus.UNPUBLISHED;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    /** What updateRecordings did on the server. */
    public void renamed(String name, Optional<String> description) {
        this.name = Objects.requireNonNull(name);
        this.description = description.orElse(null);
    }

    /** Whether students see it: published on the server and not hidden here. */
    public boolean isVisibleToStudents() {
        return status == RecordingStatus.PUBLISHED && !hidden;
    }

    public String getRecordId() {
        return recordId;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Room getRoom() {
        return room;
    }

    public Optional<Course> getCourse() {
        return Optional.ofNullable(course);
    }

    public String getName() {
        return name;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public RecordingStatus getStatus() {
        return status;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** The start as a Date, for Faces' date converter. */
    public Date getStartDate() {
        return Date.from(startedAt);
    }

    /** How long the recorded meeting lasted. */
    public Duration getDuration() {
        return Duration.between(startedAt, endedAt);
    }

    public int getParticipants() {
        return participants;
    }

    public Optional<Instant> getReadyCallbackAt() {
        return Optional.ofNullable(readyCallbackAt);
    }

    public List<Playback> getFormats() {
        return List.copyOf(formats);
    }

    @Override
    public String toString() {
        return "Recording[" + recordId + ", " + status + (hidden ? ", hidden" : "") + "]";
    }
}

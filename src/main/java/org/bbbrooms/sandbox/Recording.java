package org.bbbrooms.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A recording left by a recorded meeting that somebody joined: {@code processing}, then {@code published} after the
 * configured delay; {@code publishRecordings} and {@code deleteRecordings} move it to {@code unpublished} or
 * {@code deleted}.
 *
 * <p>Not thread-safe: {@link SandboxServer} serialises every access.
 */
final class Recording {

    static final String PROCESSING = "processing";
    static final String PUBLISHED = "published";
    static final String UNPUBLISHED = "unpublished";
    static final String DELETED = "deleted";

    private final String recordId;
    private final String meetingId;
    private final String name;
    private final long startTime;
    private final long endTime;
    private final int participants;
    private final long readyAt;
    private final String sandboxUrl;
    private final Optional<String> readyCallbackUrl;
    private final Map<String, String> metadata;
    private String state = PROCESSING;

    Recording(Meeting meeting, long endTime, long readyAt) {
        this.recordId = meeting.internalId();
        this.meetingId = meeting.meetingId();
        this.name = meeting.spec().name();
        this.startTime = meeting.startTime();
        this.endTime = endTime;
        this.participants = meeting.attendance().size();
        this.readyAt = readyAt;
        this.sandboxUrl = meeting.sandboxUrl();
        this.readyCallbackUrl = Optional.ofNullable(meeting.spec().metadata().get("bbb-recording-ready-url"));
        this.metadata = new LinkedHashMap<>(meeting.spec().metadata());
        metadata.put("isBreakout", "false");
        metadata.put("meetingId", meetingId);
        metadata.put("meetingName", name);
    }

    String recordId() {
        return recordId;
    }

    String meetingId() {
        return meetingId;
    }

    String name() {
        return name;
    }

    long startTime() {
        return startTime;
    }

    long endTime() {
        return endTime;
    }

    int participants() {
        return participants;
    }

    long readyAt() {
        return readyAt;
    }

    Optional<String> readyCallbackUrl() {
        return readyCallbackUrl;
    }

    String state() {
        return state;
    }

    boolean published() {
        return PUBLISHED.equals(state);
    }

    /** Publishes or unpublishes a processed recording; one still processing or deleted keeps its state. */
    void publish(boolean publish) {
        if (PUBLISHED.equals(state) || UNPUBLISHED.equals(state)) {
            state = publish ? PUBLISHED : UNPUBLISHED;
        }
    }

    void processed() {
        state = PUBLISHED;
    }

    void delete() {
        state = DELETED;
    }

    Map<String, String> metadata() {
        return metadata;
    }

    /** Length in whole minutes, as getRecordings reports it. */
    long lengthMinutes() {
        return (endTime - startTime) / 60_000;
    }

    /** The sandbox playback page of one format ({@code presentation} or {@code video}). */
    String playbackUrl(String format) {
        return format.equals("presentation")
                ? sandboxUrl + "/playback/presentation/2.3/" + recordId
                : sandboxUrl + "/playback/" + format + "/" + recordId + "/";
    }
}

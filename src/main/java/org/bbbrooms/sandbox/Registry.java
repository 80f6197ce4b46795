package org.bbbrooms.sandbox;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's memory: meetings by meetingID, recordings by recordID, and the life cycle that ends meetings
 * (API, End button, expiry, duration) and publishes recordings.
 *
 * <p>Not thread-safe: {@link SandboxServer} serialises every access.
 */
final class Registry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxSettings settings;
    private final Callbacks callbacks;
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    private final Map<String, Recording> recordings = new LinkedHashMap<>();

    Registry(SandboxSettings settings, Callbacks callbacks) {
        this.settings = settings;
        this.callbacks = callbacks;
    }

    Optional<Meeting> meeting(String meetingId) {
        return Optional.ofNullable(meetings.get(meetingId));
    }

    Collection<Meeting> meetings() {
        return List.copyOf(meetings.values());
    }

    Optional<Meeting> meetingOfSession(String sessionToken) {
        return meetings.values().stream().filter(m -> m.attendee(sessionToken).isPresent()).findFirst();
    }

    /** The meeting where this session waits in the lobby, or was denied. */
    Optional<Meeting> meetingOfGuest(String sessionToken) {
        return meetings.values().stream()
                .filter(m -> m.waiting(sessionToken).isPresent() || m.wasDenied(sessionToken)).findFirst();
    }

    /** Keeps a new meeting, and downloads its presentations given by URL, as BBB does once create answered. */
    void add(Meeting meeting) {
        meetings.put(meeting.meetingId(), meeting);
        List<Presentation> documents = meeting.spec().presentations();
        for (int i = 0; i < documents.size(); i++) {
            int index = i;
            documents.get(i).url().flatMap(Callbacks::httpUrl).ifPresent(url -> callbacks.download(url,
                    fetch -> {
                        synchronized (this) {
                            meeting.fetched(index, fetch);
                        }
                    }));
        }
    }

    Optional<Recording> recording(String recordId) {
        return Optional.ofNullable(recordings.get(recordId));
    }

    Collection<Recording> recordings() {
        return List.copyOf(recordings.values());
    }

    /** A five-digit voice bridge that no current meeting uses. */
    String newVoiceBridge() {
        while (true) {
            String bridge = String.valueOf(10_000 + RANDOM.nextInt(90_000));
            if (meetings.values().stream().noneMatch(m -> m.voiceBridge().equals(bridge))) {
                return bridge;
            }
        }
    }

    /**
     * Ends a meeting: everybody leaves, a recorded meeting that somebody joined leaves a recording in state
     * {@code processing}, and the end and analytics callbacks go out.
     */
    void end(Meeting meeting, long now) {
        meetings.remove(meeting.meetingId());
        meeting.leaveAll(now);
        boolean recorded = meeting.spec().record() && meeting.running();
        if (recorded) {
            Recording recording = new Recording(meeting, now, now + settings.recordingDelay().toMillis());
            recordings.put(recording.recordId(), recording);
        }
        callbacks.meetingEnded(meeting, recorded);
        if (meeting.running()) {
            callbacks.analytics(meeting, now);
        }
    }

    /** Ends expired meetings and publishes the recordings whose processing time is over. */
    void sweep(long now) {
        for (Meeting m : meetings()) {
            boolean expired = m.running()
                    ? m.attendees().isEmpty() && now - m.lastLeftAt() >= settings.leftMeetingTimeout().toMillis()
                    : now - m.createTime() >= settings.emptyMeetingTimeout().toMillis();
            int duration = m.spec().durationMinutes();
            boolean overtime = duration > 0 && now - m.createTime() >= duration * 60_000L;
            if (expired || overtime) {
                end(m, now);
            }
        }
        recordings.values().stream()
                .filter(r -> r.state().equals(Recording.PROCESSING) && now >= r.readyAt())
                .forEach(r -> {
                    r.processed();
                    callbacks.recordingReady(r);
                });
    }
}

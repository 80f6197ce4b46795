package org.bbbrooms.recording;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.testing.FiredEvents;
import org.bbbrooms.testing.Jpa;

/**
 * {@link RecordingStore} as the container runs it, outside the container: every method in a new transaction on a new
 * entity manager (REQUIRES_NEW), so that what one step wrote is committed before BBB is called.
 */
final class TxRecordingStore extends RecordingStore {

    private final Jpa jpa;

    /** The recordings that became playable, as observers of {@link RecordingReady} see them. */
    final FiredEvents<RecordingReady> ready = new FiredEvents<>();

    TxRecordingStore(Jpa jpa) {
        this.jpa = jpa;
    }

    private <T> T tx(Function<RecordingStore, T> work) {
        return jpa.tx(manager -> {
            RecordingStore store = new RecordingStore();
            store.em = manager;
            store.readyEvents = ready;
            return work.apply(store);
        });
    }

    @Override
    public List<Meeting> awaitingRecordings(Instant recentSince, int max) {
        return tx(s -> s.awaitingRecordings(recentSince, max));
    }

    @Override
    public List<Meeting> withRecordingsAfter(long meetingId, int max) {
        return tx(s -> s.withRecordingsAfter(meetingId, max));
    }

    @Override
    public List<Meeting> recordedMeetingsOfRoom(long roomId) {
        return tx(s -> s.recordedMeetingsOfRoom(roomId));
    }

    @Override
    public List<Meeting> recordedMeetingsOfCourse(long courseId) {
        return tx(s -> s.recordedMeetingsOfCourse(courseId));
    }

    @Override
    public Optional<Meeting> meetingByToken(String token) {
        return tx(s -> s.meetingByToken(token));
    }

    @Override
    public SyncCounts apply(Collection<Long> meetingIds, List<ServerRecording> fetched, Instant now) {
        return tx(s -> s.apply(meetingIds, fetched, now));
    }

    @Override
    public ReadyOutcome readyCallback(long meetingId, String recordId, Optional<ServerRecording> fetched, Instant now) {
        return tx(s -> s.readyCallback(meetingId, recordId, fetched, now));
    }

    @Override
    public Optional<Recording> byRecordId(String recordId) {
        return tx(s -> s.byRecordId(recordId));
    }

    @Override
    public List<Recording> ofRoom(long roomId) {
        return tx(s -> s.ofRoom(roomId));
    }

    @Override
    public boolean pending(long roomId, Instant closedSince) {
        return tx(s -> s.pending(roomId, closedSince));
    }

    @Override
    public List<Recording> ofCourse(long courseId) {
        return tx(s -> s.ofCourse(courseId));
    }

    @Override
    public Recording change(String recordId, Consumer<Recording> change) {
        return tx(s -> s.change(recordId, change));
    }

    @Override
    public void remove(Collection<String> recordIds) {
        tx(s -> {
            s.remove(recordIds);
            return null;
        });
    }

    @Override
    public void remove(String recordId, Consumer<Recording> last) {
        tx(s -> {
            s.remove(recordId, last);
            return null;
        });
    }

    @Override
    public Page<Recording> search(RecordingFilter filter, PageRequest request) {
        return tx(s -> s.search(filter, request));
    }
}

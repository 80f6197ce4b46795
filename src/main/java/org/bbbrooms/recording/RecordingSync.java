package org.bbbrooms.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.bbb.BbbClient;
import org.bbbrooms.bbb.GetRecordingsRequest;
import org.bbbrooms.bbb.RecordingState;
import org.bbbrooms.bbb.RecordingsPage;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.room.Meeting;

/**
 * Brings the local recordings of some meetings in line with BBB: one {@code getRecordings} per batch of
 * {@value #MEETINGS_PER_CALL} meeting IDs (never a call per meeting, never an unfiltered call, which Scalelite may
 * refuse), asking for every state but deleted. It pages with {@code offset}/{@code limit} where the server pages:
 * it goes on while {@code totalElements} says more, or, when the server sends no total, while a full page brought
 * recordings not seen yet (a server that ignores {@code offset}, like Scalelite, sends the same ones again; one that
 * sent more than the {@code limit} ignored it and sent them all). A batch
 * is written only once all its pages came in, so that a failure never removes anything.
 * <p>Use: {@code SyncCounts counts = sync.sync(meetings);} (BbbException when BBB fails; batches before are kept).
 */
@ApplicationScoped
public class RecordingSync {

    static final int MEETINGS_PER_CALL = 50;
    static final int PAGE_SIZE = 100;
    /** Bounds the pages of one batch, whatever the server answers. */
    private static final int MAX_PAGES = 20;

    @Inject
    RecordingStore store;

    @Inject
    BbbConnection connection;

    /** How many recordings one call asks for (BBB allows 1 to 100). */
    int pageSize = PAGE_SIZE;

    @Inject
    Clock clock = Clock.systemUTC();

    public SyncCounts sync(List<Meeting> meetings) {
        SyncCounts total = SyncCounts.NONE;
        BbbClient client = connection.client();
        for (int start = 0; start < meetings.size(); start += MEETINGS_PER_CALL) {
            List<Meeting> batch = meetings.subList(start, Math.min(meetings.size(), start + MEETINGS_PER_CALL));
            List<ServerRecording> fetched = fetch(client, batch.stream().map(Meeting::getBbbMeetingId).toList());
            total = total.plus(store.apply(batch.stream().map(Meeting::getId).toList(), fetched, clock.instant()));
        }
        return total;
    }

    /** One recording as BBB has it now; empty when BBB no longer has it (or it is deleted). */
    public Optional<ServerRecording> fetchOne(String recordId) {
        RecordingsPage page = connection.client().getRecordings(request().recordIDs(List.of(recordId)).build());
        return page.recordings().stream().filter(r -> r.recordID().equals(recordId)).findFirst()
                .flatMap(ServerRecording::of);
    }

    private List<ServerRecording> fetch(BbbClient client, List<String> meetingIds) {
        Map<String, ServerRecording> found = new LinkedHashMap<>();
        int offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            RecordingsPage answer = client.getRecordings(request().meetingIDs(meetingIds).offset(offset)
                    .limit(pageSize).build());
            int before = found.size();
            answer.recordings().forEach(r -> ServerRecording.of(r).ifPresent(s -> found.putIfAbsent(s.recordId(), s)));
            boolean more = answer.totalElements().isPresent() ? answer.hasMoreAfter(offset)
                    : answer.recordings().size() == pageSize && found.size() > before;
            if (!more || answer.recordings().isEmpty()) {
                return new ArrayList<>(found.values());
            }
            offset += answer.recordings().size();
        }
        throw new IllegalStateException("BBB still reported more recordings after " + MAX_PAGES + " pages of "
                + pageSize + " for " + meetingIds.size() + " meetings; nothing was changed");
    }

    private static GetRecordingsRequest.Builder request() {
        return GetRecordingsRequest.builder().state(RecordingState.PROCESSING).state(RecordingState.PROCESSED)
                .state(RecordingState.PUBLISHED).state(RecordingState.UNPUBLISHED);
    }
}

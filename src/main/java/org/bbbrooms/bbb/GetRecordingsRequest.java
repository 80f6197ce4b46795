package org.bbbrooms.bbb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of {@code getRecordings}: meeting IDs or record IDs (sent as comma lists), states, {@code meta_*}
 * values, and paging by {@code offset} and {@code limit} (1 to 100; BBB 2.6+, Scalelite ignores them). With
 * no filter, all the server's recordings are asked for, so prefer narrowing by meeting.
 * <pre>{@code client.getRecordings(GetRecordingsRequest.builder().meetingIDs(ids).limit(50).build());}</pre>
 */
public record GetRecordingsRequest(List<String> meetingIDs, List<String> recordIDs, Set<RecordingState> states,
        Map<String, String> metadata, Integer offset, Integer limit) {

    public GetRecordingsRequest {
        meetingIDs = Checks.ids("meetingID", meetingIDs == null ? List.of() : meetingIDs);
        recordIDs = Checks.ids("recordID", recordIDs == null ? List.of() : recordIDs);
        states = states == null || states.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(states));
        metadata = Checks.metadata(metadata);
        Checks.atLeast("offset", offset, 0);
        if (limit != null && (limit < 1 || limit > 100)) {
            throw new IllegalArgumentException("limit must be 1 to 100 (got " + limit + "): fetch more in pages with offset");
        }
    }

    /** A builder with no filter. */
    public static Builder builder() {
        return new Builder();
    }

    Query toQuery() {
        Query.Builder query = Query.builder()
                .add("meetingID", meetingIDs.isEmpty() ? null : String.join(",", meetingIDs))
                .add("recordID", recordIDs.isEmpty() ? null : String.join(",", recordIDs))
                .add("state", states.isEmpty() ? null
                        : states.stream().map(RecordingState::wireName).collect(Collectors.joining(",")));
        metadata.forEach((key, value) -> query.add("meta_" + key, value));
        return query.add("offset", offset).add("limit", limit).build();
    }

    /** Collects the filters; see {@link GetRecordingsRequest}. */
    public static final class Builder {

        private final List<String> meetingIDs = new ArrayList<>();
        private final List<String> recordIDs = new ArrayList<>();
        private final Set<RecordingState> states = EnumSet.noneOf(RecordingState.class);
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private Integer offset;
        private Integer limit;

        private Builder() {
        }

        public Builder meetingIDs(List<String> ids) {
            meetingIDs.addAll(ids);
            return this;
        }

        public Builder recordIDs(List<String> ids) {
            recordIDs.addAll(ids);
            return this;
        }

        public Builder state(RecordingState state) {
            states.add(state);
            return this;
        }

        /** Keeps recordings whose {@code meta_<key>} equals {@code value}. */
        public Builder meta(String key, String value) {
            metadata.put(key, value);
            return this;
        }

        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @throws IllegalArgumentException saying which value is wrong and how to fix it
         */
        public GetRecordingsRequest build() {
            return new GetRecordingsRequest(meetingIDs, recordIDs, states, metadata, offset, limit);
        }
    }
}

package org.bbbrooms.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The recording calls, checked and answered as bbb-web does: {@code getRecordings} (meetingID and recordID comma
 * lists, {@code state} with {@code any}, {@code meta_} filters, {@code offset}/{@code limit} paging),
 * {@code publishRecordings}, {@code deleteRecordings} and {@code updateRecordings}, or as Scalelite does
 * ({@link ScaleliteFront}). The checksum is already verified.
 */
final class RecordingCalls {

    private static final Set<String> DEFAULT_STATES = Set.of(Recording.PUBLISHED, Recording.UNPUBLISHED);

    private final Registry registry;

    RecordingCalls(Registry registry) {
        this.registry = registry;
    }

    /** Behind Scalelite ({@code scalelite}), a filter is required and paging is ignored, newest first. */
    SandboxResponse getRecordings(QueryString q, boolean scalelite) {
        if (scalelite) {
            ScaleliteFront.requireFilter(q);
        }
        List<String> recordIds = list(q, "recordID");
        List<String> meetingIds = list(q, "meetingID");
        Set<String> states = list(q, "state").stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> wanted = states.isEmpty() ? DEFAULT_STATES : states;
        Map<String, String> meta = q.withPrefix("meta_").entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        List<Recording> matches = registry.recordings().stream()
                .filter(r -> recordIds.isEmpty() ? meetingIds.isEmpty() || meetingIds.contains(r.meetingId())
                        : recordIds.stream().anyMatch(id -> r.recordId().startsWith(id)))
                .filter(r -> wanted.contains("any") || wanted.contains(r.state()))
                .filter(r -> meta.entrySet().stream().allMatch(e -> e.getValue().equals(r.metadata().get(e.getKey()))))
                .toList();
        if (scalelite) {
            return SandboxResponse.xml(RecordingXml.list(ScaleliteFront.newestFirst(matches), OptionalInt.empty()));
        }
        if (q.first("limit").isEmpty()) {
            return SandboxResponse.xml(RecordingXml.list(matches, OptionalInt.empty()));
        }
        int limit = Math.min(100, Math.max(1, integer(q, "limit")));
        int offset = Math.min(matches.size(), Math.max(0, integer(q, "offset")));
        List<Recording> page = matches.subList(offset, Math.min(matches.size(), offset + limit));
        return SandboxResponse.xml(RecordingXml.list(page, OptionalInt.of(matches.size())));
    }

    SandboxResponse publishRecordings(QueryString q) {
        List<Recording> found = found(q, "publishing or unpublishing");
        String publish = q.nonBlank("publish").orElseThrow(() -> new ApiFailure("missingParamPublish",
                "You must specify a publish value true or false."));
        boolean value = Boolean.parseBoolean(publish);
        found.forEach(r -> r.publish(value));
        return answer("published", value);
    }

    SandboxResponse deleteRecordings(QueryString q) {
        found(q, "deleting").forEach(Recording::delete);
        return answer("deleted", true);
    }

    /** {@code meta_name=value} sets a metadata value; an empty value removes it. */
    SandboxResponse updateRecordings(QueryString q) {
        List<Recording> found = found(q, "updating");
        Consumer<Recording> update = r -> q.withPrefix("meta_").forEach((key, value) -> {
            String name = key.toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                r.metadata().remove(name);
            } else {
                r.metadata().put(name, value);
            }
        });
        found.forEach(update);
        return answer("updated", true);
    }

    private List<Recording> found(QueryString q, String purpose) {
        List<String> ids = list(q, "recordID");
        if (ids.isEmpty()) {
            throw new ApiFailure("missingParamRecordID", "You must specify one or more recordIDs for " + purpose + ".");
        }
        List<Recording> found = ids.stream().map(registry::recording).flatMap(Optional::stream).toList();
        if (found.isEmpty()) {
            throw ApiFailure.recordingsNotFound();
        }
        return found;
    }

    private static SandboxResponse answer(String element, boolean value) {
        return SandboxResponse.xml(new XmlResponse("SUCCESS").element(element, value).build());
    }

    private static List<String> list(QueryString q, String name) {
        return q.first(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()).orElse(List.of());
    }

    private static int integer(QueryString q, String name) {
        String value = q.first(name).orElse("0").strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiFailure("validationError", name + " must be a whole number, not '" + value + "'");
        }
    }
}

package org.bbbrooms.testing.lti;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The line items of every course and the scores received on them, in the order they came. */
final class Gradebook {

    private final String baseUrl;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, LineItem> items = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Score>>> scores = new LinkedHashMap<>();

    Gradebook(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The URL of a context's line items container. */
    String containerUrl(String contextId) {
        return baseUrl + "/ags/" + contextId + "/lineitems";
    }

    /** Adds a line item with a new id (the {@code id} of the one given is ignored). */
    synchronized LineItem add(LineItem item) {
        validate(item);
        String id = containerUrl(item.contextId()) + "/" + ids.incrementAndGet();
        LineItem added = new LineItem(id, item.contextId(), item.label(), item.scoreMaximum(), item.resourceLinkId(),
                item.resourceId(), item.tag(), item.startDateTime(), item.endDateTime());
        items.put(id, added);
        scores.put(id, new LinkedHashMap<>());
        return added;
    }

    /** Replaces a line item's fields, keeping its id, context and scores. */
    synchronized LineItem replace(LineItem item) {
        validate(item);
        items.put(item.id(), item);
        return item;
    }

    private static void validate(LineItem item) {
        Rejected.require(item.scoreMaximum() > 0, "scoreMaximum must be a number greater than 0");
        Rejected.require(item.label() != null && !item.label().isBlank(), "label is required");
    }

    synchronized void delete(String id) {
        items.remove(id);
        scores.remove(id);
    }

    synchronized LineItem item(String id) {
        return items.get(id);
    }

    synchronized List<LineItem> items(String contextId) {
        return items.values().stream().filter(i -> i.contextId().equals(contextId)).toList();
    }

    /**
     * Records a score, refusing one that is not newer than the last one for that user: AGS 2.0 §3.4.6 forbids two
     * scores with one timestamp, and a platform must not let an older score overwrite a newer one.
     */
    synchronized void score(String lineItemId, Score score) {
        List<Score> received = scores.get(lineItemId).computeIfAbsent(score.userId(), u -> new ArrayList<>());
        if (!received.isEmpty()) {
            Score last = received.get(received.size() - 1);
            Rejected.require(score.timestamp().isAfter(last.timestamp()),
                    "timestamp " + score.timestamp() + " is not after the last score's, " + last.timestamp());
        }
        received.add(score);
    }

    synchronized List<Score> scores(String lineItemId, String userId) {
        Map<String, List<Score>> byUser = scores.getOrDefault(lineItemId, Map.of());
        return List.copyOf(byUser.getOrDefault(userId, List.of()));
    }

    /** The latest score of each user who has one, in the order users were first scored. */
    synchronized Map<String, Score> results(String lineItemId) {
        Map<String, Score> latest = new LinkedHashMap<>();
        scores.getOrDefault(lineItemId, Map.of()).forEach((user, list) -> latest.put(user, list.get(list.size() - 1)));
        return latest;
    }
}

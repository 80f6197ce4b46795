package org.bbbrooms.attendance;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of BBB's analytics callback (version 1.0, as {@code post_events_analytics_callback.rb} sends it):
 * {@code {"meeting_id", "data": {"start", "finish", "attendees": [{"ext_user_id", "name", "moderator", "joins",
 * "leaves", "engagement": {"chats", "talks", "raisehand", "emojis", "poll_votes", "talk_time"}}]}}}. Times are
 * ISO 8601 (as Rails writes them, or with a space before the offset) or epoch numbers; counts may come as strings.
 * <p>Use: {@code AnalyticsReport report = AnalyticsReport.parse(body);}
 */
public record AnalyticsReport(String meetingId, Optional<Instant> start, Optional<Instant> finish,
        List<Attendee> attendees) {

    private static final DateTimeFormatter RUBY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    public AnalyticsReport {
        Objects.requireNonNull(meetingId);
        attendees = List.copyOf(attendees);
    }

    /** One attendee: the userID given at join ({@code ext_user_id}), their joins and leaves, engagement. */
    public record Attendee(String userId, String name, boolean moderator, List<Instant> joins, List<Instant> leaves,
            Engagement.Figures engagement) {

        public Attendee {
            joins = joins.stream().sorted().toList();
            leaves = leaves.stream().sorted().toList();
        }

        /** The stays, pairing each join with the next leave; one still open at the end lasts until {@code end}. */
        public List<Interval> intervals(Instant end) {
            record Event(Instant at, boolean join) {
            }
            List<Event> events = new ArrayList<>();
            joins.forEach(at -> events.add(new Event(at, true)));
            leaves.forEach(at -> events.add(new Event(at, false)));
            events.sort(Comparator.comparing(Event::at).thenComparing(e -> !e.join()));
            List<Interval> intervals = new ArrayList<>();
            Instant in = null;
            for (Event event : events) {
                if (event.join() && in == null) {
                    in = event.at();
                } else if (!event.join() && in != null) {
                    intervals.add(new Interval(in, event.at()));
                    in = null;
                }
            }
            if (in != null) {
                intervals.add(new Interval(in, end.isBefore(in) ? in : end));
            }
            return intervals;
        }
    }

    /** @throws IllegalArgumentException saying what is wrong when the body is not such a report */
    public static AnalyticsReport parse(String body) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        String meetingId = text(root, "meeting_id").orElseThrow(
                () -> new IllegalArgumentException("meeting_id is missing"));
        JsonObject data = object(root, "data").orElseThrow(() -> new IllegalArgumentException("data is missing"));
        List<Attendee> attendees = new ArrayList<>();
        JsonArray list = data.get("attendees") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue value : list) {
            if (!(value instanceof JsonObject attendee)) {
                throw new IllegalArgumentException("an attendee is not a JSON object");
            }
            attendees.add(attendee(attendee, attendees.size()));
        }
        return new AnalyticsReport(meetingId, time(data.get("start")), time(data.get("finish")), attendees);
    }

    private static Attendee attendee(JsonObject json, int index) {
        String name = text(json, "name").orElse("");
        String userId = text(json, "ext_user_id").filter(id -> !id.isBlank())
                .orElse("analytics-" + index + "-" + name);
        JsonObject engagement = object(json, "engagement").orElse(JsonValue.EMPTY_JSON_OBJECT);
        return new Attendee(userId, name.isBlank() ? userId : name, flag(json.get("moderator")),
                times(json, "joins"), times(json, "leaves"),
                new Engagement.Figures(count(engagement, "talk_time"), count(engagement, "chats"),
                        count(engagement, "talks"), count(engagement, "raisehand"), count(engagement, "emojis"),
                        count(engagement, "poll_votes")));
    }

    private static List<Instant> times(JsonObject json, String key) {
        List<Instant> times = new ArrayList<>();
        if (json.get(key) instanceof JsonArray array) {
            for (JsonValue value : array) {
                times.add(time(value).orElseThrow(() -> new IllegalArgumentException(key + " holds a value that is "
                        + "not a time: send ISO 8601 times such as 2024-05-06T14:00:00Z")));
            }
        }
        return times;
    }

    static Optional<Instant> time(JsonValue value) {
        if (value instanceof JsonNumber number) {
            long epoch = number.longValue();
            return Optional.of(epoch > 100_000_000_000L ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch));
        }
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            return Optional.empty();
        }
        String text = string.getString().strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(text, RUBY_TIME).toInstant());
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("'" + abbreviated(text) + "' is not a time: send ISO 8601 times "
                        + "such as 2024-05-06T14:00:00Z");
            }
        }
    }

    private static int count(JsonObject json, String key) {
        JsonValue value = json.get(key);
        try {
            long count = value instanceof JsonNumber number ? Math.round(number.doubleValue())
                    : value instanceof JsonString string && !string.getString().isBlank()
                            ? Math.round(Double.parseDouble(string.getString().strip())) : 0;
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, count));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("engagement " + key + " is not a number");
        }
    }

    private static boolean flag(JsonValue value) {
        return value == JsonValue.TRUE || value instanceof JsonString s && s.getString().equalsIgnoreCase("true");
    }

    private static Optional<String> text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        return value instanceof JsonNumber number ? Optional.of(number.toString()) : Optional.empty();
    }

    private static Optional<JsonObject> object(JsonObject json, String key) {
        return json.get(key) instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

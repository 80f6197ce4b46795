package org.bbbrooms.room;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Optional;

/**
 * Why BBB turned a user away at join, read from the {@code errors} that it appends to the join's errorRedirectUrl
 * ({@code /room-return?room=...&errors=[{"key":"maxParticipantsReached","message":"..."}]}), so that the page the
 * user lands on can say it in their language. Only BBB's message keys count, matched against the ones known here:
 * the parameter comes through the browser, so its messages are never shown and an unknown key says no more than
 * {@link #OTHER}.
 * <p>Use: {@code JoinRefusal.of(request.getParameter("errors")).ifPresent(r -> show(r.messageKey()));}
 */
public enum JoinRefusal {

    FULL("room.refused.full", "maxParticipantsReached"),
    ENDED("room.refused.ended", "mismatchCreateTimeParam", "meetingForciblyEnded", "invalidMeetingIdentifier",
            "notFound"),
    DENIED("room.refused.denied", "guestDeniedAccess"),
    OTHER("room.refused.other");

    /** Far more than BBB sends; anything longer is not read. */
    static final int MAX_LENGTH = 4000;

    private final String messageKey;
    private final String[] bbbKeys;

    JoinRefusal(String messageKey, String... bbbKeys) {
        this.messageKey = messageKey;
        this.bbbKeys = bbbKeys;
    }

    /** The refusal the errors describe (the first known key wins); empty when there are none: a normal return. */
    public static Optional<JoinRefusal> of(String errors) {
        if (errors == null || errors.isBlank()) {
            return Optional.empty();
        }
        if (errors.length() > MAX_LENGTH) {
            return Optional.of(OTHER);
        }
        try (JsonReader reader = Json.createReader(new StringReader(errors))) {
            return Optional.of(reader.readArray().stream().map(JoinRefusal::key).flatMap(Optional::stream)
                    .map(JoinRefusal::byBbbKey).flatMap(Optional::stream).findFirst().orElse(OTHER));
        } catch (JsonException e) {
            return Optional.of(OTHER);
        }
    }

    /** The bundle key of the text that tells the user. */
    public String messageKey() {
        return messageKey;
    }

    private static Optional<String> key(JsonValue error) {
        return Optional.of(error).filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .map(object -> object.get("key")).filter(JsonString.class::isInstance)
                .map(key -> ((JsonString) key).getString());
    }

    private static Optional<JoinRefusal> byBbbKey(String key) {
        return Arrays.stream(values()).filter(refusal -> Arrays.asList(refusal.bbbKeys).contains(key)).findFirst();
    }
}

package org.bbbrooms.lti.grades;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The AGS 2.0 documents the tool writes and reads: a room's line item (resourceId = the room's public id, label =
 * its name, scoreMaximum {@value ScoreMath#MAXIMUM}), a score (§3.4: userId, scoreGiven, scoreMaximum, Completed,
 * FullyGraded, timestamp), a container's line item of a room, and a line item's scores URL.
 * <p>Use: {@code String body = AgsJson.score(claim);}
 */
public final class AgsJson {

    public static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    /** The tag of the line items the tool makes. */
    static final String TAG = "bbb-rooms-attendance";

    private AgsJson() {
    }

    static String lineItem(String roomPublicId, String label) {
        return Json.createObjectBuilder().add("scoreMaximum", ScoreMath.MAXIMUM)
                .add("label", label.isBlank() ? roomPublicId : label).add("resourceId", roomPublicId)
                .add("tag", TAG).build().toString();
    }

    static String score(ScoreClaim claim) {
        return Json.createObjectBuilder().add("userId", claim.sub()).add("scoreGiven", claim.scoreGiven())
                .add("scoreMaximum", claim.scoreMaximum()).add("activityProgress", "Completed")
                .add("gradingProgress", "FullyGraded").add("timestamp", claim.scoredAt().toString()).build()
                .toString();
    }

    /** The id of the container's first line item of the room, if it has one. */
    static Optional<URI> find(String container, String roomPublicId) {
        try {
            return Json.createReader(new StringReader(container)).readArray().stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject)
                    .filter(item -> roomPublicId.equals(item.getString("resourceId", "")))
                    .map(item -> item.getString("id", "")).filter(id -> !id.isBlank()).map(URI::create).findFirst();
        } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id of a line item the LMS made. */
    static Optional<URI> id(String lineItem) {
        try {
            JsonObject item = Json.createReader(new StringReader(lineItem)).readObject();
            return Optional.of(item.getString("id", "")).filter(id -> !id.isBlank()).map(URI::create);
        } catch (JsonException | ClassCastException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The line item's scores endpoint: {@code /scores} appended to its path, its query kept (AGS §3.4). */
    static URI scores(URI lineItem) {
        String raw = withoutFragment(lineItem);
        int query = raw.indexOf('?');
        return URI.create(query < 0 ? raw + "/scores" : raw.substring(0, query) + "/scores" + raw.substring(query));
    }

    /** The container URL asking for the room's line items only. */
    static URI byResource(URI lineItems, String roomPublicId) {
        String query = "resource_id=" + URLEncoder.encode(roomPublicId, StandardCharsets.UTF_8);
        String base = withoutFragment(lineItems);
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }

    private static String withoutFragment(URI uri) {
        String raw = uri.toString();
        int hash = raw.indexOf('#');
        return hash < 0 ? raw : raw.substring(0, hash);
    }
}

package org.bbbrooms.testing.lti;

import static org.bbbrooms.testing.lti.LtiClaims.SCOPE_LINEITEM;
import static org.bbbrooms.testing.lti.LtiClaims.SCOPE_LINEITEM_READONLY;
import static org.bbbrooms.testing.lti.Rejected.require;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code /ags/<contextId>/lineitems...}: Assignment and Grade Services 2.0. The line items container (GET with
 * {@code resource_link_id}, {@code resource_id}, {@code tag} and {@code limit}; POST), a line item (GET, PUT,
 * DELETE), its scores (POST, §3.4) and its results (GET, §3.3). Each call checks its scope on the bearer token and
 * its media types.
 */
final class GradeServices {

    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";
    private static final Set<String> ACTIVITY = Set.of("Initialized", "Started", "InProgress", "Submitted",
            "Completed");
    private static final Set<String> GRADING = Set.of("FullyGraded", "Pending", "PendingManual", "Failed",
            "NotReady");

    private final LtiPlatformEmulator emu;

    GradeServices(LtiPlatformEmulator emu) {
        this.emu = emu;
    }

    void handle(Call call) throws IOException {
        String[] path = call.segments();
        if (path.length < 2 || !path[1].equals("lineitems") || !emu.roster.hasContext(path[0]) || path.length > 4) {
            throw Rejected.notFound("No AGS resource at " + call.path());
        }
        String contextId = path[0];
        if (path.length == 2) {
            container(call, contextId);
            return;
        }
        LineItem item = emu.gradebook.item(emu.gradebook.containerUrl(contextId) + "/" + path[2]);
        if (item == null) {
            throw Rejected.notFound("No line item at " + call.path());
        }
        if (path.length == 3) {
            lineItem(call, item);
        } else if (path[3].equals("scores")) {
            score(call, item);
        } else if (path[3].equals("results")) {
            results(call, item);
        } else {
            throw Rejected.notFound("No AGS resource at " + call.path());
        }
    }

    private void container(Call call, String contextId) throws IOException {
        call.requireMethod("GET", "POST");
        if (call.method().equals("POST")) {
            emu.tokens.require(call, SCOPE_LINEITEM);
            call.requireContentType(LINE_ITEM);
            LineItem added = emu.gradebook.add(read(Json.read(call.body()), contextId, null));
            call.json(201, LINE_ITEM, write(added));
            return;
        }
        emu.tokens.require(call, SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY);
        call.requireAccept(CONTAINER);
        Map<String, String> query = call.query();
        List<Map<String, Object>> items = emu.gradebook.items(contextId).stream()
                .filter(i -> matches(query.get("resource_link_id"), i.resourceLinkId()))
                .filter(i -> matches(query.get("resource_id"), i.resourceId()))
                .filter(i -> matches(query.get("tag"), i.tag()))
                .map(GradeServices::write).toList();
        call.send(200, CONTAINER, Json.write(Paging.page(call, emu.issuer(), items)));
    }

    private void lineItem(Call call, LineItem item) throws IOException {
        call.requireMethod("GET", "PUT", "DELETE");
        switch (call.method()) {
            case "GET" -> {
                emu.tokens.require(call, SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY);
                call.requireAccept(LINE_ITEM);
                call.json(200, LINE_ITEM, write(item));
            }
            case "PUT" -> {
                emu.tokens.require(call, SCOPE_LINEITEM);
                call.requireContentType(LINE_ITEM);
                call.json(200, LINE_ITEM, write(emu.gradebook.replace(read(Json.read(call.body()),
                        item.contextId(), item.id()))));
            }
            default -> {
                emu.tokens.require(call, SCOPE_LINEITEM);
                emu.gradebook.delete(item.id());
                call.send(204, null, "");
            }
        }
    }

    private void score(Call call, LineItem item) throws IOException {
        call.requireMethod("POST");
        emu.tokens.require(call, LtiClaims.SCOPE_SCORE);
        call.requireContentType(SCORE);
        Map<String, Object> json = Json.read(call.body());
        String userId = Json.string(json, "userId");
        require(userId != null, "userId is required");
        require(emu.roster.members(item.contextId()).containsKey(userId),
                "userId " + userId + " is not a member of " + item.contextId());
        String activity = Json.string(json, "activityProgress");
        require(ACTIVITY.contains(activity), "activityProgress must be one of " + ACTIVITY);
        String grading = Json.string(json, "gradingProgress");
        require(GRADING.contains(grading), "gradingProgress must be one of " + GRADING);
        Double given = number(json, "scoreGiven");
        Double maximum = number(json, "scoreMaximum");
        require(given == null || given >= 0, "scoreGiven must not be negative");
        require(given == null || maximum != null && maximum > 0,
                "scoreMaximum is required with scoreGiven, and greater than 0");
        emu.gradebook.score(item.id(), new Score(userId, given, maximum, Json.string(json, "comment"), activity,
                grading, timestamp(Json.string(json, "timestamp"))));
        call.send(204, null, "");
    }

    private void results(Call call, LineItem item) throws IOException {
        call.requireMethod("GET");
        emu.tokens.require(call, LtiClaims.SCOPE_RESULT_READONLY);
        call.requireAccept(RESULTS);
        String user = call.query().get("user_id");
        List<Map<String, Object>> results = new ArrayList<>();
        emu.gradebook.results(item.id()).forEach((userId, score) -> {
            if (user == null || user.equals(userId)) {
                results.add(Json.fields("id", item.id() + "/results/" + userId, "scoreOf", item.id(),
                        "userId", userId, "resultScore", score.scoreGiven(),
                        "resultMaximum", score.scoreGiven() == null ? null : score.scoreMaximum(),
                        "comment", score.comment()));
            }
        });
        call.send(200, RESULTS, Json.write(Paging.page(call, emu.issuer(), results)));
    }

    private LineItem read(Map<String, Object> json, String contextId, String id) {
        Double maximum = number(json, "scoreMaximum");
        require(maximum != null, "scoreMaximum is required");
        String link = Json.string(json, "resourceLinkId");
        require(link == null || emu.roster.links(contextId).containsKey(link),
                "resourceLinkId " + link + " is not a resource link of " + contextId);
        return new LineItem(id, contextId, Json.string(json, "label"), maximum, link, Json.string(json, "resourceId"),
                Json.string(json, "tag"), Json.string(json, "startDateTime"), Json.string(json, "endDateTime"));
    }

    static Map<String, Object> write(LineItem item) {
        return Json.fields("id", item.id(), "label", item.label(), "scoreMaximum", item.scoreMaximum(),
                "resourceLinkId", item.resourceLinkId(), "resourceId", item.resourceId(), "tag", item.tag(),
                "startDateTime", item.startDateTime(), "endDateTime", item.endDateTime());
    }

    private static boolean matches(String filter, String value) {
        return filter == null || Objects.equals(filter, value);
    }

    private static Double number(Map<String, Object> json, String name) {
        Object value = json.get(name);
        require(value == null || value instanceof Number, name + " must be a number");
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** An ISO 8601 date-time with its offset, as AGS requires (e.g. 2017-04-16T18:54:36.736+00:00). */
    private static Instant timestamp(String value) {
        require(value != null, "timestamp is required");
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Rejected.bad("timestamp is not an ISO 8601 date-time with an offset: " + value);
        }
    }
}

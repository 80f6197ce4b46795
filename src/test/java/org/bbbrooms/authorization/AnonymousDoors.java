package org.bbbrooms.authorization;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.testing.server.authz.Act;

/**
 * Where somebody who is not signed in would try each action: the page whose form does it (a POST, as Faces sends
 * it), the REST API's counterpart without a token, the sandbox's control endpoint. The web layer must turn each
 * away (a redirect to the login page, 401 or 403) before any service runs, as anonymous requests have no actor.
 * <p>Use: {@code for (Door door : AnonymousDoors.of(Act.JOIN, Optional.of(roomJson), fixtureJson)) ...}
 */
final class AnonymousDoors {

    /** One request: its method, its path below the portal's root, and its body (a form, or JSON for the API). */
    record Door(String method, String path, String body) {

        static Door get(String path) {
            return new Door("GET", path, "");
        }

        static Door post(String path) {
            return new Door("POST", path, "");
        }

        /** A call of the REST API, with a JSON body unless a GET, so that only the missing token can turn it away. */
        static Door api(String method, String path) {
            return new Door(method, "api/v1/" + path, method.equals("GET") ? "" : "{}");
        }

        HttpRequest.Builder request(String root) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                    .timeout(Duration.ofSeconds(30));
            if (method.equals("GET")) {
                return request.GET();
            }
            String type = body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
            return request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
    }

    private AnonymousDoors() {
    }

    /** The doors of an action, in a room of the fixture (its JSON) or on the whole platform. */
    static List<Door> of(Act act, Optional<JsonObject> room, JsonObject fixture) {
        long victim = fixture.getJsonNumber("victim").longValue();
        JsonObject period = fixture.getJsonObject("period");
        String publicId = room.map(r -> r.getString("publicId")).orElse("");
        Optional<Long> course = room.filter(r -> r.containsKey("courseId"))
                .map(r -> r.getJsonNumber("courseId").longValue());
        long meeting = room.map(r -> r.getJsonNumber("meetingId").longValue()).orElse(0L);
        String courseCode = fixture.getJsonObject("rooms").getJsonObject("COURSE").getString("courseCode");
        List<Door> doors = new ArrayList<>();
        switch (act) {
            case START, END -> doors.add(Door.post("room.xhtml?id=" + publicId));
            case JOIN_BEFORE_START, JOIN -> {
                doors.add(Door.post("room.xhtml?id=" + publicId));
                doors.add(Door.api("POST", "rooms/" + publicId + "/join-links"));
            }
            case SEE_RECORDINGS, SEE_HIDDEN_RECORDING, PUBLISH_RECORDING, UNPUBLISH_RECORDING, DELETE_RECORDING -> {
                doors.add(Door.post("recordings.xhtml?room=" + publicId));
                doors.add(Door.post("admin/recordings.xhtml"));
                course.ifPresent(id -> doors.add(Door.api("GET", "courses/" + id + "/recordings")));
            }
            case EXPORT_REPORT -> {
                doors.add(Door.post("reports.xhtml"));
                doors.add(Door.get("reports/export?format=csv&from=" + period.getString("from") + "&to="
                        + period.getString("to")));
                doors.add(Door.get("report-meeting.xhtml?id=" + meeting));
                doors.add(Door.api("GET", "meetings/" + meeting));
                course.ifPresent(id -> doors.add(Door.api("GET", "courses/" + id + "/attendance")));
            }
            case CHANGE_SETTINGS -> doors.add(room.filter(r -> r.containsKey("courseCode"))
                    .map(r -> Door.post("course-settings.xhtml?code=" + r.getString("courseCode")))
                    .orElse(Door.post("admin/extra.xhtml")));
            case CREATE_USER -> {
                doors.add(Door.post("admin/user.xhtml"));
                doors.add(Door.api("PUT", "users/authz-anonymous"));
            }
            case IMPORT_USERS -> {
                doors.add(Door.post("admin/import.xhtml"));
                doors.add(Door.api("POST", "bulk"));
            }
            case DEACTIVATE_USER, REACTIVATE_USER, LIFT_LOCKOUT -> {
                doors.add(Door.post("admin/user.xhtml?id=" + victim));
                doors.add(Door.post("admin/users.xhtml"));
            }
            case UPLOAD_SLIDE, DEFAULT_SLIDE, DELETE_SLIDE -> doors.add(Door.post("slides.xhtml?room=" + publicId));
            case GUESTS_ON, GUESTS_OFF, NEW_GUEST_CODE -> doors.add(Door.post("room-guests.xhtml?id=" + publicId));
            case SCHEDULE_SESSION, EDIT_SESSION, CANCEL_SESSION -> doors.add(Door.post("sessions.xhtml?room="
                    + publicId));
            case COMPLETION_RULE -> doors.add(Door.post("completion.xhtml?room=" + publicId));
            case ROOM_OPTIONS -> doors.add(Door.post("room-options.xhtml?id=" + publicId));
            case ADD_NAMED_ROOM, ORDER_NAMED_ROOMS, DELETE_NAMED_ROOM -> doors.add(Door.post("course-rooms.xhtml?code="
                    + courseCode));
            case COURSE_OPTIONS -> doors.add(Door.post("course-settings.xhtml?code=" + courseCode));
            case PLATFORM_SLIDES -> doors.add(Door.post("slides.xhtml"));
            case MEETING_OPTIONS -> doors.add(Door.post("admin/meeting-options.xhtml"));
            case LIVE_VIEW, END_FROM_LIVE_VIEW -> doors.add(Door.post("admin/live.xhtml"));
            case RESET_CALENDAR_FEED -> doors.add(Door.post("profile.xhtml"));
            case SANDBOX_STATS, SANDBOX_FAULTS -> doors.add(sandbox(act));
        }
        return doors;
    }

    /** The sandbox's control endpoint for the action; the fault is harmless (a count of 0 disarms). */
    static Door sandbox(Act act) {
        return act == Act.SANDBOX_STATS ? Door.get("sandbox/stats")
                : new Door("POST", "sandbox/stats/faults", "call=getMeetings&mode=html&count=0");
    }
}

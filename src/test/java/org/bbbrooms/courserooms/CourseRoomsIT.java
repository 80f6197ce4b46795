package org.bbbrooms.courserooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.recording.RecordingService;
import org.bbbrooms.recording.RecordingView;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomType;
import org.bbbrooms.room.RoomView;
import org.bbbrooms.room.SlidesNote;
import org.bbbrooms.settings.CourseRoomSettings;
import org.bbbrooms.settings.CourseSettingsService;
import org.bbbrooms.testing.SlideFiles;
import org.bbbrooms.slides.SlideService;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.server.SuiteClock;
import org.bbbrooms.testing.server.SuiteData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several rooms per course, slides and breakout rooms in Payara Micro with the in-WAR sandbox, which tells what BBB
 * received (its conference page) and downloads the slides from the portal over HTTP as BBB does. The tests act as
 * users of their own course (SuiteData) through the services, which take the acting user as an argument.
 */
@ExtendWith(ArquillianExtension.class)
public class CourseRoomsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The sandbox's processing time (BBB_SANDBOX_RECORDING_SECONDS, 10 by default), passed on the clock. */
    private static final Duration PROCESSING = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("BBB_SANDBOX_RECORDING_SECONDS", "10")));

    @Inject
    RoomService rooms;

    @Inject
    CourseRoomsService courseRooms;

    @Inject
    SlideService slides;

    @Inject
    RecordingService recordings;

    @Inject
    CourseSettingsService courseSettings;

    @Inject
    UserService users;

    @Inject
    SuiteData data;

    @Inject
    SuiteClock clock;

    @Test
    void aTeacherAddsOrdersAndDeletesNamedRoomsEachWithItsOwnWelcomeAndRecordings() throws Exception {
        JsonObject course = data.course("Chemistry", Optional.empty());
        long id = course.getJsonNumber("id").longValue();
        Actor teacher = actor(course.getJsonObject("teacher"));
        Actor student = actor(course.getJsonArray("students").getJsonObject(0));
        CourseRoomSettings recorded = courseSettings.forEditing(teacher, id);
        recorded.setRecord(true);
        recorded.setWelcomeMessage("Welcome to the course");
        courseSettings.save(teacher, recorded);
        String courseRoom = rooms.courseRoom(teacher, id).publicId();
        String office = rooms.addNamedRoom(teacher, id, "Office hours").publicId();
        String lab = rooms.addNamedRoom(teacher, id, "Lab").publicId();
        assertEquals("room.named.denied", assertThrows(AccessDeniedException.class,
                () -> rooms.addNamedRoom(student, id, "Mine")).key(), "refused in the service, whatever the page");

        rooms.changeNamedRoom(teacher, id, lab, "<p>Goggles on <script>alert(1)</script></p>", false);
        rooms.orderNamedRooms(teacher, id, List.of(lab, office));
        assertEquals(List.of(courseRoom, lab, office), publicIds(rooms.courseRooms(student, id)),
                "the course room first, then the named ones in the teacher's order");

        String conference = page(follow(rooms.start(teacher, lab, "/x")));
        assertTrue(conference.contains("Lab · " + course.getString("title")), "BBB got the room's name");
        assertTrue(conference.contains("Goggles on"), "BBB got the room's own welcome message");
        assertFalse(conference.contains("alert(1)"), "sanitised");
        assertFalse(conference.contains("Welcome to the course"));
        assertEquals("room.named.running", assertThrows(BusinessException.class,
                () -> courseRooms.delete(teacher, id, lab, RecordingsFate.KEEP)).key(), "not while it runs");
        rooms.end(teacher, lab);
        clock.advance(PROCESSING);
        List<RecordingView> labRecordings = Await.until(Duration.ofSeconds(20),
                () -> recordings.ofRoom(teacher, lab).recordings(), list -> !list.isEmpty(), "the Lab's recording");

        assertThrows(AccessDeniedException.class, () -> courseRooms.delete(student, id, lab, RecordingsFate.KEEP));
        courseRooms.delete(teacher, id, lab, RecordingsFate.KEEP);
        assertEquals(List.of(courseRoom, office), publicIds(rooms.courseRooms(student, id)));
        assertThrows(NotFoundException.class, () -> rooms.byPublicId(teacher, lab), "its links are gone");
        assertEquals(labRecordings.get(0).recordId(), recordings.ofRoom(teacher, courseRoom).recordings().get(0)
                .recordId(), "its recording stays, listed under the course room");
        assertThrows(NotFoundException.class, () -> courseRooms.delete(teacher, id, courseRoom, RecordingsFate.KEEP),
                "the course room is no named room: it cannot be deleted");

        assertEquals(List.of("Lab: " + lab + " recordings kept"),
                data.audited(AuditAction.NAMED_ROOM_DELETED, course.getString("code")),
                "the deletion and what became of its recordings are in the audit log");
        assertEquals(List.of("Office hours: " + office, "Lab: " + lab),
                data.audited(AuditAction.NAMED_ROOM_ADDED, course.getString("code")));
    }

    @Test
    void aTeachersSlidesReachTheSandboxWhichDownloadsThemOnceFromThePortal() throws Exception {
        JsonObject course = data.course("Physics", Optional.empty());
        long id = course.getJsonNumber("id").longValue();
        Actor teacher = actor(course.getJsonObject("teacher"));
        Actor student = actor(course.getJsonArray("students").getJsonObject(0));
        String lab = rooms.addNamedRoom(teacher, id, "Lab").publicId();
        assertThrows(AccessDeniedException.class, () -> slides.upload(student, Optional.of(lab), "x.pdf",
                SlideFiles.pdf()), "students do not prepare rooms");
        slides.upload(teacher, Optional.of(lab), "Optics.pdf", SlideFiles.pdf());
        slides.upload(teacher, Optional.of(lab), "Lenses.odp", SlideFiles.odp());

        URI conference = follow(rooms.start(teacher, lab, "/x"));
        String fetched = Await.until(Duration.ofSeconds(10), () -> page(conference),
                html -> !html.contains("data-state=\"pending\""), "the sandbox's downloads");
        assertTrue(fetched.contains("<li data-state=\"fetched\" data-bytes=\"" + SlideFiles.pdf().length
                + "\">Optics.pdf"), fetched);
        assertTrue(fetched.contains("<li data-state=\"fetched\" data-bytes=\"" + SlideFiles.odp().length
                + "\">Lenses.odp"), fetched);
        assertEquals(Optional.of(SlidesNote.FETCHED), rooms.byPublicId(teacher, lab).slidesNote(),
                "the teacher sees that BBB has the slides");
        rooms.end(teacher, lab);
    }

    @Test
    void aGroupBasedCourseRoomPreAssignsBreakoutRoomsFromTheCoursesGroups() throws Exception {
        JsonObject course = data.course("Biology", Optional.empty());
        long id = course.getJsonNumber("id").longValue();
        Actor teacher = actor(course.getJsonObject("teacher"));
        String courseRoom = rooms.courseRoom(teacher, id).publicId();
        assertThrows(AccessDeniedException.class, () -> rooms.courseRoomBreakouts(
                actor(course.getJsonArray("students").getJsonObject(0)), id, true));

        String without = page(follow(rooms.start(teacher, courseRoom, "/x")));
        assertTrue(without.contains("id=\"sandbox-groups\">No breakout rooms"), "off unless the teacher asks");
        rooms.end(teacher, courseRoom);

        rooms.courseRoomBreakouts(teacher, id, true);
        String with = page(follow(rooms.start(teacher, courseRoom, "/x")));
        assertEquals(List.of("Group A:" + userId(course, 0) + " " + userId(course, 1), "Group B:" + userId(course, 2)),
                groups(with), "one breakout room per group, its members assigned by the userIDs they join with");
        rooms.end(teacher, courseRoom);
    }

    private Actor actor(JsonObject person) {
        return Actor.of(users.findByUsername(person.getString("username")).orElseThrow());
    }

    private static long userId(JsonObject course, int student) {
        return course.getJsonArray("students").getJsonObject(student).getJsonNumber("id").longValue();
    }

    /** The sandbox's groups as "name:roster". */
    private static List<String> groups(String conference) {
        Matcher m = Pattern.compile("<li data-group-id=\"[^\"]+\" data-roster=\"([^\"]*)\">([^(<]+) \\(")
                .matcher(conference);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(2) + ":" + m.group(1));
        }
        return found;
    }

    /** The course's own rooms (not its groups'), in the order listed. */
    private static List<String> publicIds(List<RoomView> views) {
        return views.stream().filter(v -> v.type() == RoomType.COURSE).map(RoomView::publicId).toList();
    }

    /** Where BBB sends the browser of a join link: the sandbox's conference page. */
    private static URI follow(URI join) throws Exception {
        HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(join).build(),
                HttpResponse.BodyHandlers.discarding());
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private static String page(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.GuestService;
import org.bbbrooms.room.LiveMeetings;
import org.bbbrooms.room.LiveMeetings.LiveMeeting;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomStatusCache;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.settings.SuiteSettings;
import org.bbbrooms.testing.SandboxControls;
import org.bbbrooms.testing.server.SuiteClock;
import org.bbbrooms.testing.server.SuiteData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guests, completion and the live view in Payara Micro, against the sandbox: a teacher opens a course room to
 * guests, a guest with the viewer code waits in the lobby until the teacher admits them, a student joins; the live
 * view lists the meeting from our tables and the status cache, and an admin ends it there. The report then marks the
 * guest as a guest, gives each participant the verdict of the room's rule (which applies to past meetings as soon as
 * it changes), lists the other students as absent, and each student sees their own verdict.
 */
@ExtendWith(ArquillianExtension.class)
public class GuestsAndCompletionIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ADMIT = Pattern.compile("action=\"([^\"]+admit=true)\"");

    @Inject
    RoomService rooms;

    @Inject
    GuestService guests;

    @Inject
    CompletionService completion;

    @Inject
    ReportService reports;

    @Inject
    LiveMeetings live;

    @Inject
    RoomStatusCache statuses;

    @Inject
    UserService users;

    @Inject
    SuiteData data;

    @Inject
    SuiteSettings suiteSettings;

    @Inject
    SuiteClock clock;

    @AfterEach
    void settingsAsDeployed() {
        suiteSettings.reset(Map.of());
        suiteSettings.reload();
    }

    private Actor actor(JsonObject person) {
        return Actor.of(users.findByUsername(person.getString("username")).orElseThrow());
    }

    /** Follows a join link as a browser would, without following BBB's redirect: the conference page's URL. */
    private static URI enter(URI joinLink) throws Exception {
        HttpResponse<String> answer = HTTP.send(SandboxControls.request(joinLink).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), answer.body());
        return joinLink.resolve(answer.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aGuestWaitsIsAdmittedAndIsReportedAsAGuestWithVerdictsAbsenteesAndTheLiveView() throws Exception {
        suiteSettings.reset(Map.of(Setting.GUEST_ACCESS, "true"));
        suiteSettings.reload();
        JsonObject course = data.course("Guests", Optional.empty());
        Actor teacher = actor(course.getJsonObject("teacher"));
        Actor student = actor(course.getJsonArray("students").getJsonObject(0));
        Actor admin = Actor.of(users.findByUsername(data.user(PlatformRole.ADMIN, "Ada Admin").getString("username"))
                .orElseThrow());
        String page = "/course.xhtml?code=" + course.getString("code");
        String room = rooms.courseRoom(teacher, course.getJsonNumber("id").longValue()).publicId();

        assertEquals("room.host.denied", assertThrows(AccessDeniedException.class,
                () -> guests.enable(student, room, true)).key(), "students do not open rooms to guests");
        guests.enable(teacher, room, true);
        GuestService.GuestSettings opened = guests.code(teacher, room, GuestService.Code.VIEWER, true);
        String code = opened.viewerCode().orElseThrow();
        String link = opened.link().orElseThrow().getQuery().substring("g=".length());
        assertEquals("guest.notRunning", assertThrows(BusinessException.class,
                () -> guests.join(link, "Gwen Guest", code, "192.0.2.7")).key(), "guests never start a meeting");

        URI teacherLink = rooms.start(teacher, room, page);
        URI teacherPage = enter(teacherLink);
        assertEquals("guest.code.wrong", assertThrows(BusinessException.class,
                () -> guests.join(link, "Gwen Guest", "wrong1", "192.0.2.7")).key());
        URI guestLink = guests.join(link, "Gwen Guest", code.toUpperCase(), "192.0.2.7");
        assertTrue(guestLink.getQuery().contains("guest=true"), guestLink.toString());
        URI guestPage = enter(guestLink);
        assertTrue(get(guestPage).contains("sandbox-lobby"), "the guest waits in the lobby");
        Matcher admit = ADMIT.matcher(get(teacherPage));
        assertTrue(admit.find(), "the moderator's page offers to admit the waiting guest");
        HTTP.send(SandboxControls.request(teacherPage.resolve(admit.group(1).replace("&amp;", "&")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertTrue(get(guestPage).contains("sandbox-conference"), "admitted, the guest is in the conference");
        enter(rooms.join(student, room, page));

        clock.advance(Duration.ofMinutes(10));
        LiveMeeting running = live.list(admin).stream().filter(m -> m.roomPublicId().equals(room)).findFirst()
                .orElseThrow();
        assertEquals(Optional.of(course.getString("title")), running.courseTitle());
        assertEquals(course.getJsonObject("teacher").getString("name"), running.startedBy());
        assertTrue(running.running().compareTo(Duration.ofMinutes(10)) >= 0, running.running().toString());
        statuses.lookup(parameter(teacherLink, "meetingID")).get(5, TimeUnit.SECONDS);
        assertEquals(Optional.of(3), live.list(admin).stream().filter(m -> m.roomPublicId().equals(room))
                .findFirst().orElseThrow().participants(), "the status cache's count, without a call of its own");
        assertThrows(AccessDeniedException.class, () -> live.list(teacher));
        assertThrows(AccessDeniedException.class, () -> live.end(teacher, running.meetingId()));
        live.end(admin, running.meetingId());
        assertTrue(live.list(admin).stream().noneMatch(m -> m.roomPublicId().equals(room)), "ended from the view");
        assertEquals("live.gone", assertThrows(BusinessException.class,
                () -> live.end(admin, running.meetingId())).key());

        completion.save(teacher, room, new CompletionRule(CompletionRule.Kind.MINUTES, 5));
        MeetingDetail detail = reports.detail(teacher, running.meetingId(), "en");
        Map<String, ParticipantRow> people = detail.participants().stream()
                .collect(Collectors.toMap(ParticipantRow::name, p -> p));
        ParticipantRow gwen = people.get("Gwen Guest");
        assertTrue(gwen.guest() && gwen.userId().isEmpty(), "the guest, by the name they gave");
        assertEquals(Verdict.ATTENDED, gwen.verdict());
        assertEquals(Verdict.ATTENDED, people.get(course.getJsonArray("students").getJsonObject(0).getString("name"))
                .verdict());
        assertEquals(List.of(1, 2, 3).stream().map(i -> course.getJsonArray("students").getJsonObject(i)
                .getString("name")).sorted().toList(), detail.absentees().stream().map(Absentee::name).toList(),
                "the three students who never came");
        assertEquals(3, detail.count(Verdict.ABSENT));

        completion.save(teacher, room, new CompletionRule(CompletionRule.Kind.MINUTES, 60));
        assertEquals(Verdict.PARTIAL, reports.detail(teacher, running.meetingId(), "en").participants().stream()
                .filter(ParticipantRow::guest).findFirst().orElseThrow().verdict(), "ten minutes of sixty");
        assertEquals(Verdict.PARTIAL, reports.mine(student).stream().filter(m -> m.meetingId() == running.meetingId())
                .findFirst().orElseThrow().verdict(), "the student's own record");
        assertEquals("completion.minutes.invalid", assertThrows(BusinessException.class,
                () -> completion.save(teacher, room, new CompletionRule(CompletionRule.Kind.MINUTES, 0))).key());
        assertFalse(reports.export(teacher, new ReportFilter(reports.currentMonth(), Optional.empty(),
                Optional.empty(), Optional.empty())).absentees().getOrDefault(running.meetingId(), List.of()).isEmpty(),
                "exports carry the absentees");
    }

    private static String get(URI uri) throws Exception {
        return HTTP.send(SandboxControls.request(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String parameter(URI link, String name) {
        Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(link.getRawQuery());
        assertTrue(value.find(), link.toString());
        return URLDecoder.decode(value.group(1), StandardCharsets.UTF_8);
    }
}

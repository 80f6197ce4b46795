package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditLogs;
import org.bbbrooms.bbb.Attendee;
import org.bbbrooms.bbb.MeetingInfo;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.settings.CourseRoomSettings;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Course rooms from start to end, on each database, against the sandbox over HTTP through the real BBB client. */
class RoomServiceTest {

    private static final String BACK = "/course.xhtml?code=X";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeacherStartsAsModeratorAStudentJoinsAsViewerAndTheTeacherEndsIt(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            Actor student = f.member(course, CourseRole.STUDENT);
            Actor outsider = f.user("out", PlatformRole.STUDENT);
                        
            RoomView waiting = f.rooms().courseRoom(student, course.getId());
            assertEquals(RoomStatus.State.NOT_STARTED, waiting.status().state());
            assertEquals(Set.of(RoomAction.VIEW), waiting.allowed());
            assertEquals(0, f.calls("getMeetingInfo"), "a room without a meeting costs no BBB call");
            String room = waiting.publicId();
            assertEquals("room.start.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().start(student, room, BACK)).key());
            assertEquals("room.notRunning", assertThrows(BusinessException.class,
                    () -> f.rooms().join(student, room, BACK)).key());
            assertEquals("room.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().courseRoom(outsider, course.getId())).key());

            URI teacherLink = f.rooms().start(teacher, room, BACK);
            assertEquals("MODERATOR", RoomFixture.param(teacherLink, "role"));
            assertEquals(String.valueOf(teacher.userId()), RoomFixture.param(teacherLink, "userID"));
            assertEquals(teacher.displayName(), RoomFixture.param(teacherLink, "fullName"));
            f.follow(teacherLink);
            assertEquals(List.of(Map.of("room", RoomEvents.pushKey(room), "event", "started")), f.pushed());

            RoomView running = f.rooms().courseRoom(student, course.getId());
            assertEquals(RoomStatus.State.RUNNING, running.status().state());
            assertEquals(Set.of(RoomAction.VIEW, RoomAction.JOIN), running.allowed());
            URI studentLink = f.rooms().join(student, room, "/group.xhtml?id=1");
            assertEquals("VIEWER", RoomFixture.param(studentLink, "role"));
            assertEquals(RoomFixture.param(teacherLink, "createTime"), RoomFixture.param(studentLink, "createTime"));
            f.follow(studentLink);
            MeetingInfo inBbb = f.bbbMeeting(studentLink);
            assertEquals(Map.of(String.valueOf(teacher.userId()), Role.MODERATOR,
                    String.valueOf(student.userId()), Role.VIEWER), roles(inBbb));
            assertEquals("/group.xhtml?id=1", f.returnPaths.pathFor(room));

            f.cacheClock.advance(Duration.ofSeconds(6));
            RoomView seenByTeacher = f.rooms().courseRoom(teacher, course.getId());
            assertEquals(2, seenByTeacher.status().participantCount());
            assertTrue(seenByTeacher.allowed().containsAll(Set.of(RoomAction.JOIN, RoomAction.END)));

            assertEquals("room.end.denied", assertThrows(AccessDeniedException.class,
                    () -> f.rooms().end(student, room)).key());
            f.rooms().end(teacher, room);
            assertTrue(f.settings.connection().client().getMeetings().isEmpty(), "BBB ended the meeting");
            assertEquals(RoomStatus.State.NOT_STARTED, f.rooms().courseRoom(student, course.getId()).status().state());
            Meeting closed = f.meetings(room).get(0);
            assertEquals(CloseReason.ENDED, closed.getCloseReason().orElseThrow());
            assertEquals(Map.of("room", RoomEvents.pushKey(room), "event", "ended"), f.pushed().get(1));
            assertEquals(List.of("ROOM_ENDED " + teacher.username() + " " + course.getTitle(),
                    "ROOM_STARTED " + teacher.username() + " " + course.getTitle()),
                    AuditLogs.of(f.jpa, AuditLogs.inCourse(course.getCode())).stream()
                            .map(e -> e.getAction() + " " + e.getActor().orElseThrow() + " " + e.getTarget()).toList(),
                    "the audit log has the start and the End, by the teacher, newest first");
        }
    }

    @Test
    void anEndWhoseBbbCallbackClosedTheMeetingFirstIsStillInTheAuditLog() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            String room = f.rooms().courseRoom(teacher, course.getId()).publicId();
            f.rooms().start(teacher, room, BACK);
            Meeting open = f.meetings(room).get(0);
            f.store().close(open.getId(), CloseReason.CALLBACK, f.cacheClock.instant());

            assertTrue(f.store().end(open.getId(), teacher, f.cacheClock.instant()).isEmpty(), "closed already");
            assertEquals(List.of("ROOM_ENDED " + teacher.username()), AuditLogs.of(f.jpa,
                    AuditLogs.inCourse(course.getCode())).stream().filter(e -> e.getAction() == AuditAction.ROOM_ENDED)
                    .map(e -> e.getAction() + " " + e.getActor().orElseThrow()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createCarriesTheCourseSettingsTheOriginTheContextAndTheCallbacks(TestDatabase db) throws Exception {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
                        f.jpa.run(em -> {
                CourseRoomSettings edited = new CourseRoomSettings(course.getId());
                edited.setWelcomeMessage("<b>Welcome</b> to the course<script>alert(1)</script>");
                edited.setRecord(true);
                edited.setMaxParticipants(25);
                f.settings.courseSettings(em, IdentityServices.on(em).enrollments()).save(teacher, edited);
            });
            f.settings.set(org.bbbrooms.settings.Setting.MEETING_DURATION, "90");
            String room = f.courseRoom(course, teacher);

            URI link = f.rooms().start(teacher, room, BACK);
            MeetingInfo info = f.bbbMeeting(link);
            assertEquals(course.getTitle(), info.meetingName());
            assertEquals(25, info.maxUsers());
            assertTrue(info.recording(), "record=true reached BBB");
            Map<String, String> meta = info.metadata();
            assertEquals("bbb-rooms", meta.get("bbb-origin"));
            assertEquals(MeetingRequests.VERSION, meta.get("bbb-origin-version"));
            assertFalse(MeetingRequests.VERSION.contains("${"), "the build filled in the version");
            assertEquals("127.0.0.1", meta.get("bbb-origin-server-name"));
            assertEquals(course.getCode(), meta.get("bbb-context-id"));
            assertEquals(course.getTitle(), meta.get("bbb-context-name"));
            assertEquals(room, meta.get("bbb-rooms-room"));

            Meeting meeting = f.meetings(room).get(0);
            String ended = meta.get("endcallbackurl");
            String token = ended.replaceFirst(".*/api/callbacks/meetings/([^/]+)/ended$", "$1");
            assertTrue(ended.startsWith(f.publicUrl() + "/api/callbacks/meetings/"), ended);
            assertTrue(meeting.acceptsCallbackToken(token), "the URL carries the meeting's own token");
            assertEquals(f.publicUrl() + "/api/callbacks/meetings/" + token + "/recording-ready",
                    meta.get("bbb-recording-ready-url"));
            assertFalse(meeting.acceptsCallbackToken(CallbackToken.random().value()));
            assertEquals(25, meeting.getMaxParticipants());
            assertEquals(90, meeting.getDurationMinutes());
            assertTrue(meeting.isRecord());
            assertEquals("<b>Welcome</b> to the course", meeting.getWelcome().orElseThrow());

            URI conference = f.follow(link);
            String page = f.get(conference);
            assertTrue(page.contains("&lt;b&gt;Welcome&lt;/b&gt; to the course"), "the welcome reached BBB");
            URI leave = f.post(URI.create(conference.toString().replace("/conference?", "/conference/leave?")));
            assertEquals(URI.create(f.publicUrl() + "/room-return?room=" + room), leave, "BBB's logoutURL");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedCreateSaysWhyAndLeavesNoOpenMeeting(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            String room = f.courseRoom(course, teacher);

            f.sandbox.injectFault("create", org.bbbrooms.sandbox.FaultMode.BAD_GATEWAY, 1, Duration.ZERO);
            assertEquals("room.server.badAnswer", startFails(f, teacher, room).key());
            assertEquals(1, f.calls("create"));

            f.settings.set(org.bbbrooms.settings.Setting.SERVER_SECRET, "not-the-secret");
            BusinessException refused = startFails(f, teacher, room);
            assertEquals("room.server.refused", refused.key());
            assertEquals(List.of("checksumError"), List.of(refused.args()));
            assertEquals(2, f.calls("create"));
            f.settings.set(org.bbbrooms.settings.Setting.SERVER_SECRET, RoomFixture.SECRET);

            f.timeouts(Duration.ofMillis(250), RoomFixture.STATUS_TIMEOUT);
            f.sandbox.injectFault("create", org.bbbrooms.sandbox.FaultMode.HANG, 10, Duration.ofMillis(1500));
            assertEquals("room.server.unreachable", startFails(f, teacher, room).key());
            assertEquals(3, f.calls("create"), "retries are the container's (Fault Tolerance): see RoomsIT");
            f.sandbox.injectFault("create", org.bbbrooms.sandbox.FaultMode.HANG, 0, Duration.ZERO);
            f.timeouts(RoomFixture.REQUEST_TIMEOUT, RoomFixture.STATUS_TIMEOUT);

            List<Meeting> failed = f.meetings(room);
            assertEquals(3, failed.size());
            assertTrue(failed.stream().allMatch(m -> m.getCloseReason().orElseThrow() == CloseReason.FAILED));
            assertEquals(RoomStatus.State.NOT_STARTED, f.rooms().courseRoom(teacher, course.getId()).status().state());
            assertTrue(f.pushed().isEmpty(), "nothing started, nothing pushed");

            URI link = f.rooms().start(teacher, room, BACK);
            assertEquals("MODERATOR", RoomFixture.param(link, "role"), "once BBB answers, the room starts");
        }
    }

    private static BusinessException startFails(RoomFixture f, Actor teacher, String room) {
        return assertThrows(BusinessException.class, () -> f.rooms().start(teacher, room, BACK));
    }

    private static Map<String, Role> roles(MeetingInfo info) {
        return info.attendees().stream().collect(java.util.stream.Collectors.toMap(Attendee::userID, Attendee::role));
    }
}

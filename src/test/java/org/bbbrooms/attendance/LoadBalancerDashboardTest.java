package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.sandbox.FaultMode;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.sandbox.SandboxServer;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The learning dashboard behind Scalelite (the sandbox in Scalelite mode, in front of its one server): with
 * {@code BBB_LOAD_BALANCER} on, Start and Join ask Scalelite's join where it leads, the meeting records that server
 * and its version (probed once), users go straight to it, and the dashboard link is on that server's origin; with
 * it off, the portal never sends a join itself and offers no link. A load balancer that gives no redirect, or too
 * late, leaves users the plain join link; turned on by mistake for a single BBB server, users land where its join
 * sent them, joined once. On every database, for the meeting's new columns.
 */
class LoadBalancerDashboardTest {

    private static final String BACK = "/course.xhtml?code=X";

    /** A fixture whose sandbox stands in for Scalelite (or a BBB server), with {@code BBB_LOAD_BALANCER} on. */
    private static AttendanceFixture loadBalanced(TestDatabase db, SandboxMode mode) {
        AttendanceFixture a = AttendanceFixture.on(db, mode);
        a.rooms.settings.set(Setting.LOAD_BALANCER, "true");
        return a;
    }

    private static LearningDashboard dashboard(AttendanceFixture a) {
        LearningDashboard dashboard = new LearningDashboard();
        dashboard.settings = a.rooms.settings.settings();
        dashboard.connection = a.rooms.settings.connection();
        return dashboard;
    }

    /** The server behind the sandbox's Scalelite, as its join redirect names it. */
    private static String server(RoomFixture f) {
        return f.bbbUrl().replace("/sandbox/bigbluebutton", "/sandbox/server/bigbluebutton");
    }

    private static String origin(RoomFixture f) {
        URI base = URI.create(f.bbbUrl());
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onJoinsAreResolvedAtScaleliteTheServerIsRecordedAndTheDashboardIsOnIt(TestDatabase db) {
        try (AttendanceFixture a = loadBalanced(db, SandboxMode.SCALELITE)) {
            RoomFixture f = a.rooms;
            AttendanceFixture.Lesson lesson = a.lesson();

            URI teacher = f.rooms().start(lesson.teacher(), lesson.room(), BACK);
            assertEquals(1, f.calls("join"), "the portal asked Scalelite's join once");
            assertEquals(URI.create(server(f)).getPath() + "/api/join", teacher.getPath(), "straight to the server");
            assertEquals(1, f.calls(SandboxServer.SERVER_ROOT), "the server's version, probed");
            Meeting meeting = f.meetings(lesson.room()).get(0);
            assertEquals(Optional.of(server(f)), meeting.getServerUrl());
            assertEquals(Optional.of("3.0.0"), meeting.getServerVersion());
            assertEquals("/sandbox/conference", f.follow(teacher).getPath(), "the browser joins at the server");

            URI student = f.rooms().join(lesson.student(), lesson.room(), BACK);
            assertEquals(2, f.calls("join"));
            assertEquals(1, f.calls(SandboxServer.SERVER_ROOT), "once per meeting and server");
            assertEquals("/sandbox/conference", f.follow(student).getPath());

            Meeting known = f.meetings(lesson.room()).get(0);
            Optional<URI> link = Optional.of(URI.create(origin(f) + "/learning-analytics-dashboard/?meeting="
                    + known.getInternalMeetingId().orElseThrow() + "&lang=fr"));
            assertEquals(link, a.reports().detail(lesson.teacher(), known.getId(), "fr").learningDashboard(),
                    "the teacher's report of the meeting links to the dashboard on its server");
        }
    }

    @Test
    void offThePortalSendsNoJoinItselfAndOffersNoDashboard() {
        try (AttendanceFixture a = AttendanceFixture.on(TestDatabase.H2, SandboxMode.SCALELITE)) {
            RoomFixture f = a.rooms;
            AttendanceFixture.Lesson lesson = a.lesson();

            URI teacher = f.rooms().start(lesson.teacher(), lesson.room(), BACK);
            URI student = f.rooms().join(lesson.student(), lesson.room(), BACK);
            assertEquals(0, f.calls("join"), "no join call from the portal");
            assertEquals(0, f.calls(SandboxServer.SERVER_ROOT));
            assertEquals(URI.create(f.bbbUrl()).getPath() + "/api/join", teacher.getPath(), "Scalelite's own join");

            assertEquals("/sandbox/conference", f.follow(teacher).getPath(), "through Scalelite's redirect");
            assertEquals("/sandbox/conference", f.follow(student).getPath());
            Meeting meeting = f.meetings(lesson.room()).get(0);
            assertEquals(Optional.empty(), meeting.getServerUrl());
            assertEquals(Optional.empty(), a.reports().detail(lesson.teacher(), meeting.getId(), "en").learningDashboard());
        }
    }

    @Test
    void aLoadBalancerThatGivesNoRedirectOrTooLateLeavesThePlainJoin() {
        try (AttendanceFixture a = loadBalanced(TestDatabase.H2, SandboxMode.SCALELITE)) {
            RoomFixture f = a.rooms;
            AttendanceFixture.Lesson lesson = a.lesson();
            String scaleliteJoin = URI.create(f.bbbUrl()).getPath() + "/api/join";

            f.sandbox.injectFault("join", FaultMode.BAD_GATEWAY, 1, Duration.ZERO);
            URI teacher = f.rooms().start(lesson.teacher(), lesson.room(), BACK);
            assertEquals(scaleliteJoin, teacher.getPath(), "the plain join link");
            assertEquals(Optional.empty(), f.meetings(lesson.room()).get(0).getServerUrl());
            assertEquals(Optional.empty(), dashboard(a).link(f.meetings(lesson.room()).get(0), "en"),
                    "no link on the load balancer's own host");

            f.timeouts(Duration.ofMillis(300), RoomFixture.STATUS_TIMEOUT);
            f.sandbox.injectFault("join", FaultMode.HANG, 1, Duration.ofSeconds(5));
            try {
                assertEquals(scaleliteJoin, f.rooms().join(lesson.student(), lesson.room(), BACK).getPath(),
                        "too late: the plain join link");
            } finally {
                f.sandbox.injectFault("join", FaultMode.HANG, 0, Duration.ZERO);
            }

            URI again = f.rooms().join(lesson.student(), lesson.room(), BACK);
            assertEquals(URI.create(server(f)).getPath() + "/api/join", again.getPath(), "resolved once it answers");
            assertEquals(Optional.of(server(f)), f.meetings(lesson.room()).get(0).getServerUrl());
            assertTrue(dashboard(a).link(f.meetings(lesson.room()).get(0), "en").isPresent());
        }
    }

    @Test
    void turnedOnForASingleBbbServerTheUserLandsWhereItsJoinSentThemAndNoServerIsRecorded() {
        try (AttendanceFixture a = loadBalanced(TestDatabase.H2, SandboxMode.BBB)) {
            RoomFixture f = a.rooms;
            AttendanceFixture.Lesson lesson = a.lesson();

            URI teacher = f.rooms().start(lesson.teacher(), lesson.room(), BACK);
            assertEquals("/sandbox/conference", teacher.getPath(), "BBB's join joined: its answer is the way in");
            assertEquals(1, f.calls("join"), "not joined twice");
            assertEquals(1, f.settings.connection().client().getMeetingInfo(f.meetings(lesson.room()).get(0)
                    .getBbbMeetingId()).attendees().size(), "in the meeting once");
            assertEquals(Optional.empty(), f.meetings(lesson.room()).get(0).getServerUrl());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theServerColumnsHoldAFullUrlAndAClippedVersion(TestDatabase db) {
        try (AttendanceFixture a = AttendanceFixture.on(db, SandboxMode.SCALELITE)) {
            RoomFixture f = a.rooms;
            AttendanceFixture.Lesson lesson = a.lesson();
            f.rooms().start(lesson.teacher(), lesson.room(), BACK);
            long id = f.meetings(lesson.room()).get(0).getId();
            String url = "https://bbb.example.org/" + "p".repeat(512 - "https://bbb.example.org/".length()
                    - "/bigbluebutton".length()) + "/bigbluebutton";

            f.store().servedBy(id, url, Optional.of("3.0.0-" + "x".repeat(40)));
            Meeting stored = f.meetings(lesson.room()).get(0);
            assertEquals(Optional.of(url), stored.getServerUrl());
            assertEquals(32, stored.getServerVersion().orElseThrow().length());

            f.store().servedBy(id, "https://bbb2.example.org/bigbluebutton", Optional.empty());
            assertEquals(Optional.empty(), f.meetings(lesson.room()).get(0).getServerVersion(), "a later server wins");
            assertEquals(Optional.empty(), dashboard(a).link(f.meetings(lesson.room()).get(0), "en"),
                    "no version: no link");
        }
    }
}

package org.bbbrooms.attendance;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.platform.BackgroundJobs;
import org.bbbrooms.platform.grid.LocalGrid;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.sandbox.CallbackReceiver;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.FiredEvents;
import org.bbbrooms.testing.TestDatabase;

/**
 * Attendance wired by hand over a {@link RoomFixture} (real database, real sandbox over HTTP, real BBB client), as
 * the container wires it: the ledger observes the rooms' events in their transactions. {@link #restart()} builds
 * new attendance services over the same database and sandbox, as a server restart does. The sync's clock is moved
 * by hand; its scheduler never fires by itself during a test (a period of an hour): tests call {@code tick()}.
 * <p>Use: {@code try (AttendanceFixture a = AttendanceFixture.on(db)) { a.rooms.rooms().start(...); a.sync.tick(); }}
 */
final class AttendanceFixture implements AutoCloseable {

    /** The sync period the ledger reasons with. */
    static final long PERIOD_SECONDS = 30;

    final RoomFixture rooms;
    /** The sync's clock, which is also the rooms' status cache's: a sync period later, BBB's answer is stale. */
    final MutableClock clock;
    AttendanceLedger ledger;
    /** The meetings whose attendance BBB's analytics settled, as observers of {@link AttendanceFinal} see them. */
    final FiredEvents<AttendanceFinal> finals = new FiredEvents<>();
    AttendanceSync sync;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    private AttendanceFixture(RoomFixture rooms) {
        this.rooms = rooms;
        this.clock = rooms.cacheClock;
        closeLeftovers();
        rooms.joined.observe(joined -> ledger.joined(joined));
        rooms.closed.observe(closed -> ledger.closed(closed));
        restart();
    }

    static AttendanceFixture on(TestDatabase db) {
        return new AttendanceFixture(RoomFixture.on(db));
    }

    /** A fixture whose sandbox stands in for one BBB server or for Scalelite. */
    static AttendanceFixture on(TestDatabase db, SandboxMode mode) {
        return on(db, RoomFixture.nowhere(), mode);
    }

    /** The same, with the portal (where BBB's callbacks go) at the given address. */
    static AttendanceFixture on(TestDatabase db, String publicUrl, SandboxMode mode) {
        return new AttendanceFixture(RoomFixture.on(db, publicUrl, mode));
    }

    /** A fixture whose portal (where BBB's callbacks go) is at the given address. */
    static AttendanceFixture on(TestDatabase db, String publicUrl) {
        return new AttendanceFixture(RoomFixture.on(db, publicUrl));
    }

    /**
     * Closes the meetings that earlier tests left open in this shared database, so that the sync, which syncs every
     * open meeting, counts only this test's.
     */
    private void closeLeftovers() {
        rooms.jpa.run(em -> em.createQuery("update Meeting m set m.closedAt = :now, m.closeReason = :stale,"
                + " m.openRoomId = null, m.openVoiceBridge = null where m.closedAt is null")
                .setParameter("now", Instant.now()).setParameter("stale", CloseReason.STALE).executeUpdate());
    }

    /** The end and analytics callbacks that the sandbox sent when a meeting ended, by kind, in whatever order. */
    static Map<String, CallbackReceiver.Received> endCallbacks(CallbackReceiver receiver) throws InterruptedException {
        Map<String, CallbackReceiver.Received> callbacks = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            CallbackReceiver.Received callback = receiver.next();
            String path = callback.uri().getPath();
            callbacks.put(path.substring(path.lastIndexOf('/') + 1), callback);
        }
        return callbacks;
    }

    /** The meeting's callback token, from the URL of one of its callbacks. */
    static String token(CallbackReceiver.Received callback) {
        return callback.uri().getPath().split("/")[5];
    }

    /** A new course with a teacher and a student, and the public id of its room. */
    record Lesson(Course course, Actor teacher, Actor student, String room) {
    }

    Lesson lesson() {
        Course course = rooms.course();
        Actor teacher = rooms.member(course, CourseRole.TEACHER);
        Actor student = rooms.member(course, CourseRole.STUDENT);
        return new Lesson(course, teacher, student, rooms.courseRoom(course, teacher));
    }

    /** A lesson whose teacher started the meeting and whose student joined it, both now in BBB's conference. */
    record InConference(Actor teacher, Actor student, String room, URI teacherPage, URI studentPage) {
    }

    InConference inConference() {
        Lesson lesson = lesson();
        String back = "/course.xhtml?code=" + lesson.course().getCode();
        URI teacherPage = rooms.follow(rooms.rooms().start(lesson.teacher(), lesson.room(), back));
        URI studentPage = rooms.follow(rooms.rooms().join(lesson.student(), lesson.room(), back));
        return new InConference(lesson.teacher(), lesson.student(), lesson.room(), teacherPage, studentPage);
    }

    /** The sandbox conference page's Leave button (a form's action). */
    static URI leaveButton(URI conferencePage) {
        return button(conferencePage, "leave");
    }

    /**
     * Presses Leave on a conference page, then moves BBB's clock (to the millisecond) on, so that what happens next,
     * such as the end, is strictly later.
     */
    void leave(URI conferencePage) {
        rooms.post(leaveButton(conferencePage));
        rooms.bbbClock.advance(Duration.ofMillis(1));
    }

    /** The sandbox conference page's End button, for moderators. */
    static URI endButton(URI conferencePage) {
        return button(conferencePage, "end");
    }

    private static URI button(URI conferencePage, String action) {
        String page = conferencePage.toString();
        return URI.create(page.replace("/conference?", "/conference/" + action + "?"));
    }

    /** Moves time on by one sync period, as between two ticks of the sync in the container. */
    void nextPeriod() {
        clock.advance(Duration.ofSeconds(PERIOD_SECONDS));
    }

    /** New attendance services over the same database and sandbox, as after a server restart. */
    void restart() {
        if (sync != null) {
            sync.stop();
        }
        ledger = new TxAttendanceLedger(rooms.jpa, PERIOD_SECONDS, finals);
        sync = new AttendanceSync();
        sync.ledger = ledger;
        sync.statuses = rooms.statuses();
        sync.reconciler = rooms.reconciler();
        sync.jobs = BackgroundJobs.on(scheduler);
        sync.grid = new LocalGrid(clock);
        sync.periodSeconds = Duration.ofHours(1).toSeconds();
        sync.clock = clock;
        sync.resume();
    }

    AnalyticsCallback analytics() {
        AnalyticsCallback analytics = new AnalyticsCallback();
        analytics.ledger = ledger;
        analytics.connection = rooms.settings.connection();
        analytics.clock = Clock.systemUTC();
        return analytics;
    }

    ReportService reports() {
        ReportService reports = new ReportService();
        reports.em = rooms.jpa.newEntityManager();
        reports.contexts = rooms.contexts();
        LearningDashboard dashboard = new LearningDashboard();
        dashboard.settings = rooms.settings.settings();
        dashboard.connection = rooms.settings.connection();
        reports.dashboard = dashboard;
        reports.timeZone = java.util.Optional.of("Europe/Paris");
        reports.completion = new CompletionService();
        reports.completion.em = reports.em;
        return reports;
    }

    /** Every interval of a room's meetings, oldest first. */
    List<Attendance> rows(String roomPublicId) {
        return rooms.jpa.tx(em -> em.createQuery("select a from Attendance a where a.meeting.room.publicId = :room"
                + " order by a.joinedAt, a.id", Attendance.class).setParameter("room", roomPublicId).getResultList());
    }

    @Override
    public void close() {
        sync.stop();
        scheduler.shutdownNow();
        rooms.close();
    }
}

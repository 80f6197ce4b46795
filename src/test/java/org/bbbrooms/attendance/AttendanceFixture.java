package org.bbbrooms.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.sandbox.MutableClock;
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
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    AttendanceLedger ledger;
    AttendanceSync sync;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    private AttendanceFixture(RoomFixture rooms) {
        this.rooms = rooms;
        rooms.joined.observe(joined -> ledger.joined(joined));
        rooms.closed.observe(closed -> ledger.closed(closed));
        restart();
    }

    static AttendanceFixture on(TestDatabase db) {
        return new AttendanceFixture(RoomFixture.on(db));
    }

    /** A fixture whose portal (where BBB's callbacks go) is at the given address. */
    static AttendanceFixture on(TestDatabase db, String publicUrl) {
        return new AttendanceFixture(RoomFixture.on(db, Duration.ZERO, publicUrl));
    }

    /** New attendance services over the same database and sandbox, as after a server restart. */
    void restart() {
        if (sync != null) {
            sync.stop();
        }
        ledger = new TxAttendanceLedger(rooms.jpa, PERIOD_SECONDS);
        sync = new AttendanceSync();
        sync.ledger = ledger;
        sync.connection = rooms.settings.connection();
        sync.reconciler = rooms.reconciler();
        sync.scheduler = scheduler;
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

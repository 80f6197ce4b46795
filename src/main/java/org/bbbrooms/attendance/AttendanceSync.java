package org.bbbrooms.attendance;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.platform.BackgroundJobs;
import org.bbbrooms.platform.grid.DataGrid;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.MeetingJoined;
import org.bbbrooms.room.MeetingReconciler;
import org.bbbrooms.room.MeetingState;
import org.bbbrooms.room.RoomStatusCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background sync of attendance: every {@code BBB_ATTENDANCE_SYNC_SECONDS} (default 30), and only while
 * meetings are open, one getMeetingInfo per open meeting, whose attendees (matched by the userID the portal gave
 * them) tell the {@link AttendanceLedger} who is still in, who left and who came without the portal. A meeting that
 * BBB no longer knows is closed (STALE), which closes its intervals. It starts with the first join, stops when no
 * meeting is open, and resumes at start-up when meetings were left open (a restart loses nothing: all it knows is
 * in the database). A BBB that fails costs one skipped period. It runs as one of the {@link BackgroundJobs}, once per
 * period in a cluster: a node that starts it tells the others through the {@link DataGrid} ({@value #STARTS}), so
 * that each is ready to take the next period over when the node that ran it dies.
 * <p>Use: nothing to call; {@link #tick()} runs one period by hand (tests).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttendanceSync {

    public static final String PERIOD_KEY = "BBB_ATTENDANCE_SYNC_SECONDS";
    public static final String PERIOD_DEFAULT = "30";
    static final String STARTS = "attendance-sync-starts";
    private static final Logger LOG = Logger.getLogger(AttendanceSync.class.getName());
    /** Longer than the status client's own timeout: the answer, or its failure, always comes first. */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);

    @Inject
    AttendanceLedger ledger;

    @Inject
    RoomStatusCache statuses;

    @Inject
    MeetingReconciler reconciler;

    @Inject
    BackgroundJobs jobs;

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = PERIOD_KEY, defaultValue = PERIOD_DEFAULT)
    long periodSeconds;

    @Inject
    Clock clock = Clock.systemUTC();

    private final Object lock = new Object();
    private ScheduledFuture<?> task;
    private Runnable unsubscribe = () -> { };

    @PostConstruct
    void resume() {
        if (periodSeconds < 1) {
            throw new IllegalStateException(PERIOD_KEY + " must be 1 or more (seconds between two syncs), not "
                    + periodSeconds);
        }
        unsubscribe = grid.topic(STARTS).subscribe(node -> startHere());
        if (!ledger.openMeetings().isEmpty()) {
            ensureRunning();
        }
    }

    @PreDestroy
    void close() {
        unsubscribe.run();
        stop();
    }

    void stop() {
        synchronized (lock) {
            if (task != null) {
                task.cancel(false);
                task = null;
            }
        }
    }

    public void joined(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingJoined joined) {
        ensureRunning();
    }

    /** Starts the periodic sync unless it runs, on every node. */
    public void ensureRunning() {
        if (startHere()) {
            grid.topic(STARTS).publish(grid.node());
        }
    }

    /** Starts the periodic sync on this node unless it runs; true when it did. */
    private boolean startHere() {
        synchronized (lock) {
            if (task != null) {
                return false;
            }
            task = jobs.every("The attendance sync", Duration.ofSeconds(periodSeconds), this::tick);
            return true;
        }
    }

    /** Whether the periodic sync is on (it is only while meetings are open). */
    public boolean running() {
        synchronized (lock) {
            return task != null;
        }
    }

    /** One period: one getMeetingInfo per open meeting; stops the sync when none is open. */
    public void tick() {
        List<Meeting> open;
        synchronized (lock) {
            open = ledger.openMeetings();
            if (open.isEmpty()) {
                stop();
                return;
            }
        }
        open.forEach(this::sync);
    }

    /** Reads BBB's answer through the rooms' status cache, so a meeting costs BBB one call a period in all. */
    private void sync(Meeting meeting) {
        Optional<RoomStatusCache.Observed> observed = statuses.latest(meeting.getBbbMeetingId(), ANSWER_WAIT);
        if (observed.isEmpty()) {
            LOG.log(Level.FINE, "No attendance for {0} this period: BBB did not answer", meeting);
        } else if (observed.get().state().kind() == MeetingState.Kind.GONE) {
            reconciler.closed(meeting.getRoom(), meeting, CloseReason.STALE);
        } else {
            List<Presence> present = observed.get().state().attendees().stream()
                    .map(a -> new Presence(a.userID(), a.fullName(), a.role() == Role.MODERATOR))
                    .toList();
            ledger.observed(meeting.getId(), present, observed.get().at());
        }
    }
}

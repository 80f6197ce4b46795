package org.bbbrooms.recording;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.bbbrooms.platform.BackgroundJobs;
import org.bbbrooms.room.Meeting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the local recordings in line with BBB without any page asking: every {@code BBB_RECORDING_SYNC_SECONDS}
 * (default 60; 0 turns it off) it syncs the recorded meetings that ended in the last {@code BBB_RECORDING_SYNC_HOURS}
 * (default 24) and have no recording yet, those whose recording is still processing, and, in turn, one batch of the
 * older meetings with recordings, so that recordings deleted on the server disappear here too. Each batch of 50
 * meetings costs one {@code getRecordings}. A run that fails (BBB down) changes nothing and is tried again next time.
 * It is one of the {@link BackgroundJobs}; one run at a time, on one node of a cluster per period.
 * <p>Use: the container runs it; tests call {@link #runOnce()}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundSync {

    private static final Logger LOG = Logger.getLogger(BackgroundSync.class.getName());
    /** At most this many meetings awaiting a recording per run, newest first. */
    static final int MAX_AWAITING = 10 * RecordingSync.MEETINGS_PER_CALL;

    @Inject
    BackgroundJobs jobs;

    @Inject
    RecordingStore store;

    @Inject
    RecordingSync sync;

    @Inject
    @ConfigProperty(name = "BBB_RECORDING_SYNC_SECONDS", defaultValue = "60")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "BBB_RECORDING_SYNC_HOURS", defaultValue = "24")
    long recentHours;

    @Inject
    Clock clock = Clock.systemUTC();

    /** The last meeting whose recordings were re-checked in turn; 0 starts over. */
    private long rotation;

    @PostConstruct
    void schedule() {
        if (intervalSeconds > 0) {
            jobs.every("The recording sync", Duration.ofSeconds(intervalSeconds), this::runOnce);
        }
    }

    /** One run: the meetings awaiting a recording, then the next batch of the others in turn. */
    public synchronized SyncCounts runOnce() {
        Map<Long, Meeting> meetings = new LinkedHashMap<>();
        store.awaitingRecordings(clock.instant().minus(Duration.ofHours(recentHours)), MAX_AWAITING)
                .forEach(m -> meetings.put(m.getId(), m));
        List<Meeting> turn = store.withRecordingsAfter(rotation, RecordingSync.MEETINGS_PER_CALL);
        rotation = turn.size() < RecordingSync.MEETINGS_PER_CALL ? 0 : turn.get(turn.size() - 1).getId();
        turn.forEach(m -> meetings.putIfAbsent(m.getId(), m));
        SyncCounts counts = meetings.isEmpty() ? SyncCounts.NONE : sync.sync(new ArrayList<>(meetings.values()));
        if (counts.changed()) {
            LOG.info(() -> "Recording sync: " + counts);
        }
        return counts;
    }
}

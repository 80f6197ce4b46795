package org.bbbrooms.api.webhook;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.bbbrooms.platform.BackgroundJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox, as the recording sync runs: one of the {@link BackgroundJobs}, every
 * {@code BBB_WEBHOOK_POLL_SECONDS} (default 10; 0 turns delivery off), runs one pass on each node, one pass at a time.
 * A pass first announces the attendance of meetings that ended {@code BBB_WEBHOOK_ATTENDANCE_GRACE_MINUTES} ago
 * (default 10) without BBB's analytics, then claims up to {@value #BATCH} due deliveries one by one (a delivery another
 * node claimed is skipped) and sends them at once, each within the sender's timeouts, and records each outcome. Nothing
 * lives in this node's memory: a node that stops mid-pass leaves claims that expire, and the deliveries are sent again
 * by the next pass anywhere. Once an hour, a pass also forgets delivered and failed deliveries older than
 * {@code BBB_WEBHOOK_RETENTION_DAYS} (default 30).
 * <p>Use: the container runs it; tests call {@link #runOnce()}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
    static final int BATCH = 50;
    /** How far back a pass looks for meetings whose attendance to announce. */
    private static final Duration SETTLE_WINDOW = Duration.ofDays(1);
    /** What a claim lasts beyond the longest call, for recording the outcome. */
    private static final Duration CLAIM_MARGIN = Duration.ofSeconds(30);
    private static final Duration PURGE_PERIOD = Duration.ofHours(1);

    @Inject
    BackgroundJobs jobs;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookStore store;

    @Inject
    WebhookSender sender;

    @Inject
    @ConfigProperty(name = "BBB_WEBHOOK_POLL_SECONDS", defaultValue = "10")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "BBB_WEBHOOK_ATTENDANCE_GRACE_MINUTES", defaultValue = "10")
    long graceMinutes;

    @Inject
    @ConfigProperty(name = "BBB_WEBHOOK_RETENTION_DAYS", defaultValue = "30")
    long retentionDays;

    @Inject
    Clock clock = Clock.systemUTC();

    /** When this node last purged: only spares the database a delete per pass (any node may purge). */
    private Instant purgedAt = Instant.MIN;

    @PostConstruct
    void schedule() {
        if (pollSeconds > 0) {
            jobs.everyOnEachNode("The webhook delivery", Duration.ofSeconds(pollSeconds), this::runOnce);
        }
    }

    /** One pass: attendance estimates that are due, then the due deliveries. */
    public synchronized PassCounts runOnce() {
        Instant now = clock.instant();
        if (!now.isBefore(purgedAt.plus(PURGE_PERIOD))) {
            purgedAt = now;
            store.purge(now.minus(Duration.ofDays(retentionDays)));
        }
        Instant settleBefore = now.minus(Duration.ofMinutes(graceMinutes));
        List<Long> unsettled = outbox.unsettled(settleBefore.minus(SETTLE_WINDOW), settleBefore, BATCH);
        unsettled.forEach(outbox::settleEstimate);
        Map<Claim, CompletableFuture<Attempt>> sent = new LinkedHashMap<>();
        Duration hold = sender.longestCall().plus(CLAIM_MARGIN);
        Instant due = clock.instant();
        for (long id : store.due(due, BATCH)) {
            store.claim(id, due, hold).ifPresent(claim -> sent.put(claim, sender.send(claim, clock.instant())));
        }
        List<Delivery> results = new ArrayList<>();
        sent.forEach((claim, attempt) -> results.add(store.attempted(claim.deliveryId(), attempt.join(),
                clock.instant())));
        int delivered = (int) results.stream().filter(d -> d.getStatus() == DeliveryStatus.DELIVERED).count();
        PassCounts counts = new PassCounts(unsettled.size(), delivered, results.size() - delivered);
        if (counts.failed() > 0) {
            LOG.info(() -> "Webhooks: " + counts);
        }
        return counts;
    }
}

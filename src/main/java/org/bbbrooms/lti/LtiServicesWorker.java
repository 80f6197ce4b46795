package org.bbbrooms.lti;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.bbbrooms.lti.grades.GradeBook;
import org.bbbrooms.lti.grades.GradeSender;
import org.bbbrooms.lti.grades.ScoreClaim;
import org.bbbrooms.lti.services.RosterStore;
import org.bbbrooms.lti.services.RosterSync;
import org.bbbrooms.lti.services.ServiceCallException;
import org.bbbrooms.lti.services.ServiceSettings;
import org.bbbrooms.platform.BackgroundJobs;

/**
 * The LTI services' background work, as the webhook worker runs: one of the {@link BackgroundJobs}, every
 * {@code BBB_LTI_POLL_SECONDS}, runs one pass on each node. A pass syncs the rosters not synced for
 * {@code BBB_LTI_ROSTER_HOURS}, grades the meetings that closed in graded rooms, and sends the scores that are due,
 * each claimed in the database first so that two nodes never do the same work; nothing lives in a node's memory, so a
 * node that stops leaves claims that expire and the next pass anywhere does the work. At most {@value #BATCH} of each
 * per pass.
 * <p>Use: the container runs it; tests call {@link #runOnce()}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LtiServicesWorker {

    private static final Logger LOG = Logger.getLogger(LtiServicesWorker.class.getName());
    static final int BATCH = 50;
    /** What a claim lasts beyond the longest calls, for recording the outcome. */
    private static final Duration CLAIM_MARGIN = Duration.ofSeconds(30);
    /** Calls a score may take: the token, finding or making its line item, the score itself. */
    private static final int CALLS_PER_SCORE = 4;

    @Inject
    BackgroundJobs jobs;

    @Inject
    ServiceSettings settings;

    @Inject
    RosterStore rosters;

    @Inject
    RosterSync rosterSync;

    @Inject
    GradeBook gradeBook;

    @Inject
    GradeSender sender;

    @Inject
    Clock clock = Clock.systemUTC();

    /** What one pass did. */
    public record Pass(int rosters, int scored, int sent, int failed) {
    }

    @PostConstruct
    void schedule() {
        if (settings.pollPeriod().toMillis() > 0) {
            jobs.everyOnEachNode("The LTI services pass", settings.pollPeriod(), this::runOnce);
        }
    }

    /** One pass: due rosters, due gradings, due scores. */
    public Pass runOnce() {
        int synced = 0;
        Duration period = settings.rosterPeriod();
        if (!period.isZero()) {
            for (long context : rosters.due(clock.instant().minus(period), BATCH)) {
                synced += rosterSync.sync(context, period).isPresent() ? 1 : 0;
            }
        }
        int scored = 0;
        for (long meeting : gradeBook.dueMeetings(BATCH)) {
            scored += gradeBook.grade(meeting);
        }
        Duration hold = settings.requestTimeout().multipliedBy(CALLS_PER_SCORE * (settings.retries() + 1L))
                .plus(CLAIM_MARGIN);
        int sent = 0;
        int failed = 0;
        for (long score : gradeBook.dueScores(BATCH)) {
            Optional<ScoreClaim> claim = gradeBook.claim(score, hold);
            if (claim.isEmpty()) {
                continue;
            }
            try {
                URI lineItem = sender.send(claim.get());
                gradeBook.sent(score, lineItem);
                sent++;
            } catch (ServiceCallException e) {
                LOG.info(() -> "LTI score " + score + " not sent: " + e.getMessage());
                gradeBook.failed(score, e.getMessage(), e.refused());
                failed++;
            }
        }
        return new Pass(synced, scored, sent, failed);
    }
}

package org.bbbrooms.identity.csv;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The import jobs in the database, each step in a transaction of its own, so that every node sees a job's progress
 * as soon as a batch commits. One import runs at a time on the platform: {@link #start} refuses while another is
 * queued or running, and the unique index on {@code active} refuses the second of two simultaneous starts. A
 * running job's heartbeat moves with every batch; one older than {@code BBB_IMPORT_STALE_MINUTES} (default 5) is
 * interrupted: shown so at once, marked so by the next start. Every change after the start is conditional on the
 * job's state, so a node that lost its job (marked interrupted while it was paused) cannot write to it again.
 * <p>Use: {@code store.start(kind, name, text, admin)}; a runner then calls {@link #begin}, {@link #checked} per
 * batch, {@link #importing}, {@link #written} per batch and {@link #finish}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobStore {

    /** The most problems a report keeps; the count goes on. */
    static final int MAX_PROBLEMS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportRows rows;

    @Inject
    Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "BBB_IMPORT_STALE_MINUTES", defaultValue = "5")
    long staleMinutes;

    /** What a started job works on: its rows (already read) and the admin it acts for. */
    public record Work(ImportKind kind, List<CsvRows.Row> rows, Actor admin) {
    }

    /** Queues a job holding the file; empty when another import is queued or running (and not stale). */
    public Optional<Long> start(ImportKind kind, String fileName, String content, Actor admin) {
        Instant now = clock.instant();
        em.createQuery("update ImportJob j set j.status = :interrupted, j.active = null, j.content = null,"
                        + " j.finishedAt = :now where j.active is not null and j.heartbeatAt < :stale")
                .setParameter("interrupted", ImportStatus.INTERRUPTED).setParameter("now", now)
                .setParameter("stale", staleBefore(now)).executeUpdate();
        if (em.createQuery("select count(j) from ImportJob j where j.active is not null", Long.class)
                .getSingleResult() > 0) {
            return Optional.empty();
        }
        ImportJob job = new ImportJob(kind, fileName, content, admin, now);
        try {
            em.persist(job);
            em.flush();
            return Optional.of(job.getId());
        } catch (PersistenceException concurrentStart) {
            return Optional.empty();
        }
    }

    /**
     * Takes a queued job and reads its file; empty when the job is not queued, or when the file has no row to check
     * (the job then ends rejected, with the reason in its report).
     */
    public Optional<Work> begin(long jobId) {
        if (move(jobId, ImportStatus.QUEUED, ImportStatus.CHECKING) == 0) {
            return Optional.empty();
        }
        ImportJob job = em.find(ImportJob.class, jobId);
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvRows.Row> read = CsvRows.read(new StringReader(job.content()), job.kind(), problems);
        if (problems.isEmpty() && read.isEmpty()) {
            problems.add(new ImportProblem(2, "import.empty"));
        }
        job.read(read.size(), problems.size());
        keep(jobId, 0, problems);
        if (read.isEmpty()) {
            em.flush();
            end(jobId, ImportStatus.CHECKING, ImportStatus.REJECTED);
            return Optional.empty();
        }
        Actor admin = Optional.ofNullable(em.find(User.class, job.startedById())).map(Actor::of)
                .orElseGet(() -> new Actor(job.startedById(), job.startedBy(), job.startedBy(), PlatformRole.ADMIN));
        return Optional.of(new Work(job.kind(), read, admin));
    }

    /** Checks a batch of rows (writing nothing) and counts them and their problems. */
    public void checked(long jobId, ImportKind kind, List<CsvRows.Row> batch, Map<String, Long> seen) {
        List<ImportProblem> problems = rows.check(kind, batch, seen);
        progress(jobId, ImportStatus.CHECKING, batch.size(), 0, problems);
    }

    /**
     * Ends the checks: a file with problems ends rejected, with nothing imported (false); a clean one goes on to be
     * imported (true). False too when the job is no longer running.
     */
    public boolean importing(long jobId) {
        Optional<Integer> errors = em.createQuery("select j.errorCount from ImportJob j where j.id = :id"
                        + " and j.status = :checking", Integer.class)
                .setParameter("id", jobId).setParameter("checking", ImportStatus.CHECKING)
                .getResultStream().findFirst();
        if (errors.isEmpty()) {
            return false;
        }
        if (errors.get() > 0) {
            end(jobId, ImportStatus.CHECKING, ImportStatus.REJECTED);
            return false;
        }
        return move(jobId, ImportStatus.CHECKING, ImportStatus.IMPORTING) == 1;
    }

    /** Writes a batch of checked rows; rows that changed since their check are counted as problems. */
    public void written(long jobId, ImportKind kind, List<CsvRows.Row> batch, Actor admin) {
        ImportRows.Written written = rows.write(kind, batch, admin);
        progress(jobId, ImportStatus.IMPORTING, 0, written.imported(), written.problems());
    }

    public void finish(long jobId) {
        end(jobId, ImportStatus.IMPORTING, ImportStatus.DONE);
    }

    /** Ends a running job that met an error on the server; what earlier batches wrote stays. */
    public void failed(long jobId) {
        em.createQuery("update ImportJob j set j.status = :failed, j.active = null, j.content = null,"
                        + " j.finishedAt = :now where j.id = :id and j.status in :running")
                .setParameter("failed", ImportStatus.FAILED).setParameter("now", clock.instant())
                .setParameter("id", jobId)
                .setParameter("running", List.of(ImportStatus.QUEUED, ImportStatus.CHECKING, ImportStatus.IMPORTING))
                .executeUpdate();
    }

    /** The newest import on the platform, whoever started it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportJobView> latest() {
        return views("", Optional.empty());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportJobView> find(long jobId) {
        return views(" where j.id = :id", Optional.of(jobId));
    }

    /** The report's problems, by line; at most {@value #MAX_PROBLEMS}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ImportProblem> problems(long jobId) {
        return em.createQuery("select p from ImportJobProblem p where p.jobId = :id order by p.line, p.id",
                        ImportJobProblem.class)
                .setParameter("id", jobId).getResultStream().map(ImportJobProblem::problem).toList();
    }

    private Optional<ImportJobView> views(String where, Optional<Long> id) {
        var query = em.createQuery("select j.id, j.kind, j.status, j.fileName, j.startedBy, j.createdAt,"
                + " j.heartbeatAt, j.finishedAt, j.totalRows, j.checkedRows, j.importedRows, j.errorCount"
                + " from ImportJob j" + where + " order by j.createdAt desc, j.id desc", Object[].class);
        id.ifPresent(value -> query.setParameter("id", value));
        Instant staleBefore = staleBefore(clock.instant());
        return query.setMaxResults(1).getResultStream().findFirst().map(r -> {
            ImportStatus status = (ImportStatus) r[2];
            boolean stale = status.running() && ((Instant) r[6]).isBefore(staleBefore);
            return new ImportJobView((Long) r[0], (ImportKind) r[1], stale ? ImportStatus.INTERRUPTED : status,
                    (String) r[3], (String) r[4], (Instant) r[5], Optional.ofNullable((Instant) r[7]),
                    (Integer) r[8], (Integer) r[9], (Integer) r[10], (Integer) r[11]);
        });
    }

    private void progress(long jobId, ImportStatus status, int checked, int imported, List<ImportProblem> problems) {
        int updated = em.createQuery("update ImportJob j set j.checkedRows = j.checkedRows + :checked,"
                        + " j.importedRows = j.importedRows + :imported, j.errorCount = j.errorCount + :errors,"
                        + " j.heartbeatAt = :now where j.id = :id and j.status = :status")
                .setParameter("checked", checked).setParameter("imported", imported)
                .setParameter("errors", problems.size()).setParameter("now", clock.instant())
                .setParameter("id", jobId).setParameter("status", status).executeUpdate();
        if (updated == 0) {
            throw new ImportLostException(jobId);
        }
        int errors = em.createQuery("select j.errorCount from ImportJob j where j.id = :id", Integer.class)
                .setParameter("id", jobId).getSingleResult();
        keep(jobId, errors - problems.size(), problems);
    }

    /** Adds problems to the report, up to its cap, given how many were found before them. */
    private void keep(long jobId, int before, List<ImportProblem> problems) {
        problems.stream().limit(Math.max(0, MAX_PROBLEMS - before))
                .forEach(problem -> em.persist(new ImportJobProblem(jobId, problem)));
    }

    private int move(long jobId, ImportStatus from, ImportStatus to) {
        return em.createQuery("update ImportJob j set j.status = :to, j.heartbeatAt = :now"
                        + " where j.id = :id and j.status = :from")
                .setParameter("to", to).setParameter("now", clock.instant()).setParameter("id", jobId)
                .setParameter("from", from).executeUpdate();
    }

    private void end(long jobId, ImportStatus from, ImportStatus to) {
        Instant now = clock.instant();
        em.createQuery("update ImportJob j set j.status = :to, j.active = null, j.content = null,"
                        + " j.finishedAt = :now, j.heartbeatAt = :now where j.id = :id and j.status = :from")
                .setParameter("to", to).setParameter("now", now).setParameter("id", jobId)
                .setParameter("from", from).executeUpdate();
    }

    private Instant staleBefore(Instant now) {
        return now.minus(Duration.ofMinutes(staleMinutes));
    }
}

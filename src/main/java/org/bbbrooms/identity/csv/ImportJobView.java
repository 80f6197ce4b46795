package org.bbbrooms.identity.csv;

import java.time.Instant;
import java.util.Optional;

/**
 * An import as the page shows it: its state, as the database holds it, and its counts. A running job whose
 * heartbeat is too old is shown {@link ImportStatus#INTERRUPTED} even before the next start marks it so.
 *
 * @param checked rows checked so far (every row is checked before any is imported)
 * @param imported rows written so far
 * @param errors problems found so far (the report lists the first {@value ImportJobStore#MAX_PROBLEMS})
 */
public record ImportJobView(long id, ImportKind kind, ImportStatus status, String fileName, String startedBy,
        Instant createdAt, Optional<Instant> finishedAt, int total, int checked, int imported, int errors) {

    public boolean running() {
        return status.running();
    }

    /** The rows of the current step: checked while checking (and when rejected), else imported. */
    public int rowsDone() {
        return status == ImportStatus.CHECKING || status == ImportStatus.REJECTED ? checked : imported;
    }

    /** How far the current step is, 0 to 100. */
    public int percent() {
        return total == 0 ? 0 : (int) (100L * rowsDone() / total);
    }

    /** Whether the report holds fewer problems than were found. */
    public boolean reportCapped() {
        return errors > ImportJobStore.MAX_PROBLEMS;
    }
}

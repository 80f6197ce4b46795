package org.bbbrooms.identity.csv;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one import job on a managed executor's thread, never a request's: checks every row in batches of
 * {@value #CHECK_BATCH}, then, when none is bad, writes them in batches that each commit on their own, at most
 * {@value #WRITE_WEIGHT} rows, or {@value #WRITE_WEIGHT}/{@value #PASSWORD_WEIGHT} rows with a password to hash
 * (PBKDF2 costs a few tenths of a second each, seconds on a loaded machine), so that the heartbeat moves well
 * within {@code BBB_IMPORT_STALE_MINUTES} whatever the file.
 * <p>Use: {@code executor.execute(() -> runner.run(jobId))}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    static final int CHECK_BATCH = 500;
    static final int WRITE_WEIGHT = 200;
    static final int PASSWORD_WEIGHT = 40;

    @Inject
    ImportJobStore store;

    public void run(long jobId) {
        try {
            Optional<ImportJobStore.Work> work = store.begin(jobId);
            if (work.isEmpty()) {
                return;
            }
            ImportJobStore.Work w = work.get();
            Map<String, Long> seen = new HashMap<>();
            for (int from = 0; from < w.rows().size(); from += CHECK_BATCH) {
                store.checked(jobId, w.kind(), w.rows().subList(from, Math.min(w.rows().size(), from + CHECK_BATCH)),
                        seen);
            }
            if (!store.importing(jobId)) {
                return;
            }
            for (List<CsvRows.Row> batch : writeBatches(w.rows())) {
                store.written(jobId, w.kind(), batch, w.admin());
            }
            store.finish(jobId);
        } catch (ImportLostException e) {
            LOG.info(e::getMessage);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import job " + jobId + " failed", e);
            store.failed(jobId);
        }
    }

    /** The rows in write batches of at most {@value #WRITE_WEIGHT}, a row with a password weighing more. */
    static List<List<CsvRows.Row>> writeBatches(List<CsvRows.Row> rows) {
        List<List<CsvRows.Row>> batches = new ArrayList<>();
        List<CsvRows.Row> batch = new ArrayList<>();
        int weight = 0;
        for (CsvRows.Row row : rows) {
            int rowWeight = row.get("password").isEmpty() ? 1 : PASSWORD_WEIGHT;
            if (weight + rowWeight > WRITE_WEIGHT) {
                batches.add(batch);
                batch = new ArrayList<>();
                weight = 0;
            }
            batch.add(row);
            weight += rowWeight;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}

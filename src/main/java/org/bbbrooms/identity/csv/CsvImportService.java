package org.bbbrooms.identity.csv;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Roles;
import org.bbbrooms.platform.BusinessException;

/**
 * Imports users, or enrollments with optional group membership, from a CSV file, in the background and all or
 * nothing: the file is stored with a new job before the upload's request returns, and a managed executor's thread
 * checks every row (reporting the first problem of each with its line number) and imports the rows only when none
 * is bad, in batches that each commit with their audit entry ({@link ImportRows}, {@link ImportRunner}). One import
 * runs at a time on the platform; a second start, from a double click or another admin on another node, is refused.
 * Progress and the report are read from the database ({@link ImportJobStore}), so any node shows them.
 * <p>Use: {@code ImportJobView job = imports.start(ImportKind.USERS, "users.csv", reader, activeUser.actor());}
 * then {@code imports.latest()} to follow it and {@code imports.problems(job.id())} for its report.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CsvImportService {

    @Inject
    ImportJobStore store;

    @Inject
    ImportRunner runner;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    /** Queues the import and hands it to the executor; refused while another import is queued or running. */
    public ImportJobView start(ImportKind kind, String fileName, Reader reader, Actor admin) {
        String content = readAll(reader);
        long jobId = store.start(kind, fileName, content, admin)
                .orElseThrow(() -> new BusinessException("import.busy"));
        try {
            executor.execute(() -> runner.run(jobId));
        } catch (RejectedExecutionException e) {
            store.failed(jobId);
            throw new BusinessException("import.notStarted");
        }
        return store.find(jobId).orElseThrow();
    }

    /** The newest import on the platform, running or ended, whoever started it. */
    public Optional<ImportJobView> latest() {
        return store.latest();
    }

    public Optional<ImportJobView> find(long jobId) {
        return store.find(jobId);
    }

    /** The problems an import reported, by line (at most {@value ImportJobStore#MAX_PROBLEMS}). */
    public List<ImportProblem> problems(long jobId) {
        return store.problems(jobId);
    }

    private static String readAll(Reader reader) {
        try {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new BusinessException("import.unreadable", e.getMessage());
        }
    }
}

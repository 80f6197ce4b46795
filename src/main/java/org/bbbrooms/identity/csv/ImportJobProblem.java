package org.bbbrooms.identity.csv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One row of an import's report: a line of the file and why it was refused, as a bundle key and its arguments,
 * kept as text (each cut to {@value #MAX_ARG} characters) so that the page words it in the reader's language.
 */
@Entity
@Table(name = "import_job_problem")
public class ImportJobProblem extends BaseEntity {

    private static final int MAX_ARG = 200;
    private static final String SEPARATOR = "\u001F";

    @Column(name = "job_id", nullable = false, updatable = false)
    private long jobId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private long line;

    @Column(name = "message_key", nullable = false, length = 64, updatable = false)
    private String key;

    @Column(name = "args", nullable = false, length = 1000, updatable = false)
    private String args;

    protected ImportJobProblem() {
    }

    ImportJobProblem(long jobId, ImportProblem problem) {
        this.jobId = jobId;
        this.line = problem.line();
        this.key = problem.key();
        this.args = problem.args().stream().map(String::valueOf)
                .map(arg -> arg.length() > MAX_ARG ? arg.substring(0, MAX_ARG) + "…" : arg)
                .collect(Collectors.joining(SEPARATOR));
    }

    ImportProblem problem() {
        List<Object> values = args.isEmpty() ? List.of() : Arrays.asList((Object[]) args.split(SEPARATOR, -1));
        return new ImportProblem(line, key, values);
    }
}

package org.bbbrooms.identity.csv;

import java.util.List;

/**
 * The outcome of an import: either every row was imported ({@code problems} empty), or none was and every
 * problem is listed.
 */
public record ImportReport(int imported, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public static ImportReport failed(List<ImportProblem> problems) {
        return new ImportReport(0, problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}

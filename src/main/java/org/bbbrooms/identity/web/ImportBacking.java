package org.bbbrooms.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.identity.csv.CsvImportService;
import org.bbbrooms.identity.csv.ImportJobView;
import org.bbbrooms.identity.csv.ImportKind;
import org.bbbrooms.identity.csv.ImportProblem;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs admin/import.xhtml: uploads a CSV file of users or enrollments, which is imported in the background, and
 * shows the platform's latest import, read from the database on every request (so the poll may reach any node).
 */
@Named
@RequestScoped
public class ImportBacking {

    @Inject
    CsvImportService imports;

    @Inject
    ActiveUser activeUser;

    private ImportKind kind = ImportKind.USERS;
    private Part file;
    private Optional<ImportJobView> job;
    private List<ImportProblem> problems;

    public void upload() throws IOException {
        String name = Optional.ofNullable(file.getSubmittedFileName()).filter(n -> !n.isBlank()).orElse("import.csv");
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            job = Optional.of(imports.start(kind, name, reader, activeUser.actor()));
        }
        Messages.addGlobalInfo("import.started");
    }

    public Optional<ImportJobView> getJob() {
        if (job == null) {
            job = imports.latest();
        }
        return job;
    }

    public boolean isRunning() {
        return getJob().map(ImportJobView::running).orElse(false);
    }

    public List<ImportProblem> getProblems() {
        if (problems == null) {
            problems = getJob().filter(j -> !j.running()).map(j -> imports.problems(j.id())).orElse(List.of());
        }
        return problems;
    }

    /** "Checking: 120 of 300 rows, 2 errors", as the bar's text and its accessible value. */
    public String getProgress() {
        return getJob().map(j -> text("import.progress." + j.status(), j.rowsDone(), j.total(), j.errors()))
                .orElse("");
    }

    /** How the import ended, or empty while it runs. */
    public String getOutcome() {
        return getJob().filter(j -> !j.running()).map(j -> switch (j.status()) {
            case DONE -> j.errors() == 0 ? text("import.done", j.imported())
                    : text("import.doneWithErrors", j.imported(), j.errors());
            case REJECTED -> text("import.failed");
            case INTERRUPTED -> text("import.interrupted", j.checked(), j.total(), j.imported());
            default -> text("import.crashed", j.imported());
        }).orElse("");
    }

    public String describe(ImportProblem problem) {
        return Texts.format(Faces.getLocale(), problem.key(), problem.args().toArray());
    }

    private static String text(String key, Object... args) {
        return Texts.format(Faces.getLocale(), key, args);
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

package org.bbbrooms.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.bbbrooms.identity.csv.CsvImportService;
import org.bbbrooms.identity.csv.ImportKind;
import org.bbbrooms.identity.csv.ImportProblem;
import org.bbbrooms.identity.csv.ImportReport;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs admin/import.xhtml: uploads a CSV file of users or enrollments and shows what happened. */
@Named
@RequestScoped
public class ImportBacking {

    @Inject
    CsvImportService imports;

    @Inject
    ActiveUser activeUser;

    private ImportKind kind = ImportKind.USERS;
    private Part file;
    private ImportReport report;

    public void upload() throws IOException {
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            report = imports.importCsv(kind, reader, activeUser.actor());
        }
        if (report.succeeded()) {
            Messages.addGlobalInfo("import.done", report.imported());
        } else {
            Messages.addGlobalError("import.failed");
        }
    }

    public String describe(ImportProblem problem) {
        return Texts.format(Faces.getLocale(), problem.key(), problem.args().toArray());
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

    public ImportReport getReport() {
        return report;
    }
}

package org.bbbrooms.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bbbrooms.platform.CsvCells;
import org.bbbrooms.platform.persistence.Keyset;
import org.bbbrooms.platform.web.Texts;

/**
 * The audit log as CSV, written as it is read: one batch of entries at a time, flushed to the client before the next
 * is read, so that a big log costs the memory of one batch. UTF-8 with a byte order mark, semicolons in French (as
 * the attendance export), headers and actions in the user's language, times in ISO 8601 with the portal's offset,
 * and every text cell made inert ({@link CsvCells}), since admins open it in a spreadsheet and users typed parts of it.
 * <p>Use: {@code new AuditCsv(locale, zone).write(writer, (after, max) -> audit.batch(actor, filter, after, max));}
 */
public final class AuditCsv {

    /** How many entries are read at a time. */
    static final int BATCH = 500;
    private static final List<String> HEADERS = List.of("audit.time", "audit.actor", "audit.action", "audit.target",
            "audit.course", "audit.oldValue", "audit.newValue", "audit.details");

    private final Locale locale;
    private final ZoneId zone;
    private final int batchSize;

    public AuditCsv(Locale locale, ZoneId zone) {
        this(locale, zone, BATCH);
    }

    AuditCsv(Locale locale, ZoneId zone, int batchSize) {
        this.locale = locale;
        this.zone = zone;
        this.batchSize = batchSize;
    }

    /** The entries after a position (the last one written), newest first, at most {@code max}. */
    @FunctionalInterface
    public interface Batches {
        List<AuditEntry> after(Optional<Keyset> position, int max);
    }

    /** Writes the header, then batch after batch until one comes back short. */
    public void write(Writer out, Batches batches) throws IOException {
        char delimiter = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? ';' : ',';
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(delimiter).get());
        out.write('\uFEFF');
        csv.printRecord(HEADERS.stream().map(key -> Texts.format(locale, key)).toList());
        Optional<Keyset> after = Optional.empty();
        List<AuditEntry> batch;
        do {
            batch = batches.after(after, batchSize);
            for (AuditEntry entry : batch) {
                csv.printRecord(cells(entry));
            }
            csv.flush();
            if (!batch.isEmpty()) {
                AuditEntry last = batch.get(batch.size() - 1);
                after = Optional.of(new Keyset(last.getOccurredAt(), last.getId()));
            }
        } while (batch.size() >= batchSize);
    }

    private List<String> cells(AuditEntry entry) {
        String time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                entry.getOccurredAt().truncatedTo(ChronoUnit.SECONDS).atZone(zone));
        return Stream.of(Optional.of(time), entry.getActor(),
                        Optional.of(Texts.format(locale, "audit.action." + entry.getAction().name())),
                        Optional.of(entry.getTarget()), entry.getCourse(), entry.getOldValue(), entry.getNewValue(),
                        entry.getDetails())
                .map(cell -> cell.map(CsvCells::inert).orElse("")).toList();
    }
}

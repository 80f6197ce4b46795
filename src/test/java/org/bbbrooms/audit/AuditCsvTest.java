package org.bbbrooms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The CSV export: in the user's language, cells a spreadsheet would run made inert, written batch by batch. */
class AuditCsvTest {

    @Test
    void theExportIsWrittenOneBatchAtATimeWithInertCellsInFrench() throws IOException {
        Jpa jpa = Jpa.of(TestDatabase.H2);
        Actor admin = AuditLogs.admin();
        Actor mallory = new Actor(9, "=cmd|" + admin.username(), "Mallory", PlatformRole.TEACHER);
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
        List<Audited> entries = List.of(
                Audited.by(mallory, AuditAction.ROOM_STARTED, "+1 room").inCourse(Optional.of("@SUM(A1)")),
                Audited.by(mallory, AuditAction.SETTING_CHANGED, "BBB_SERVER_URL").change(Optional.of("-2"),
                        "=HYPERLINK(\"http://evil\")"),
                Audited.by(mallory, AuditAction.RECORDING_DELETED, "Lesson; \"quoted\""));
        for (Audited entry : entries) {
            jpa.run(em -> AuditLogs.on(em, clock).record(entry));
            clock.advance(Duration.ofMinutes(1));
        }

        StringWriter out = new StringWriter();
        List<Integer> writtenBeforeEachBatch = new ArrayList<>();
        new AuditCsv(Locale.FRENCH, ZoneId.of("Europe/Paris"), 2).write(out, (after, max) -> {
            writtenBeforeEachBatch.add(out.toString().length());
            return jpa.tx(em -> AuditLogs.on(em).batch(admin, AuditLogs.by(admin.username()), after, max));
        });

        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFQuand;Qui;Action;Sur quoi;Code du cours;Ancienne valeur;Nouvelle valeur;"
                + "Détails\r\n"), csv);
        List<String> lines = csv.lines().skip(1).toList();
        assertEquals(List.of(
                "2026-12-07T10:02:00+01:00;'=cmd|" + admin.username() + ";Enregistrement supprimé;"
                        + "\"Lesson; \"\"quoted\"\"\";;;;",
                "2026-12-07T10:01:00+01:00;'=cmd|" + admin.username() + ";Réglage modifié;BBB_SERVER_URL;;'-2;"
                        + "\"'=HYPERLINK(\"\"http://evil\"\")\";",
                "2026-12-07T10:00:00+01:00;'=cmd|" + admin.username() + ";Salle démarrée;'+1 room;'@SUM(A1);;;"),
                lines, "newest first, times with the portal's offset, and no cell starts a formula");
        assertEquals(2, writtenBeforeEachBatch.size(), "a batch of 2, then the last one, shorter");
        assertTrue(writtenBeforeEachBatch.get(1) > writtenBeforeEachBatch.get(0),
                "the first batch was written out before the second was read");
    }
}

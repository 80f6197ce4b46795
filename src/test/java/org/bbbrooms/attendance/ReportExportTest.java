package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bbbrooms.room.RoomType;
import org.junit.jupiter.api.Test;

/** Exports opened back: CSV with a BOM and accents, commas or French semicolons; XLSX with real dates and times. */
class ReportExportTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant START = Instant.parse("2025-03-23T22:30:00Z");

    private static FullReport report() {
        MeetingRow meeting = new MeetingRow(7, "Mathématiques « avancées », groupe B", RoomType.COURSE,
                Optional.of("MATH101"), Optional.of("Mathématiques"), "Thomas Teacher", START,
                Optional.of(START.plus(Duration.ofMinutes(75))), Duration.ofMinutes(75), 2, true, true);
        ParticipantRow salome = new ParticipantRow("Salomé Étudiante", Optional.of(12L), false, false,
                List.of(new Stay(START.plusSeconds(60), Optional.of(START.plusSeconds(1260)), JoinSource.ANALYTICS,
                        Optional.of(LeaveSource.ANALYTICS))),
                Duration.ofMinutes(20), Optional.of(new Engagement.Figures(95, 4, 2, 1, 0, 3)), false, Verdict.ATTENDED);
        ParticipantRow phone = new ParticipantRow("Zoé \"téléphone\"", Optional.empty(), true, false,
                List.of(new Stay(START, Optional.empty(), JoinSource.SYNC, Optional.empty())), Duration.ofMinutes(5),
                Optional.empty(), true, Verdict.PARTIAL);
        ParticipantRow mallory = new ParticipantRow("=HYPERLINK(\"http://evil.example\")", Optional.empty(), true,
                false, List.of(new Stay(START, Optional.of(START.plusSeconds(5)), JoinSource.SYNC,
                        Optional.of(LeaveSource.SYNC))), Duration.ofSeconds(5), Optional.empty(), false, Verdict.PARTIAL);
        MeetingRow empty = new MeetingRow(8, "Salle vide", RoomType.GROUP, Optional.empty(), Optional.empty(), "T",
                START, Optional.empty(), Duration.ZERO, 0, false, false);
        Map<MeetingRow, List<ParticipantRow>> report = new LinkedHashMap<>();
        report.put(meeting, List.of(salome, phone, mallory));
        report.put(empty, List.of());
        return new FullReport(report, Map.of(7L, List.of(new Absentee(13, "Aurélien Absent"))));
    }

    private static List<CSVRecord> parse(byte[] csv, char delimiter) throws Exception {
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "a BOM");
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.EXCEL.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }

    @Test
    void csvOpensBackWithAccentsQuotesAndOneLinePerParticipant() throws Exception {
        List<CSVRecord> lines = parse(new ReportExport(Locale.ENGLISH, PARIS).csv(report()), ',');
        assertEquals(5, lines.size(), "three participants, an absentee, and the meeting nobody attended");
        CSVRecord salome = lines.get(0);
        assertEquals("Salomé Étudiante", salome.get("Participant"));
        assertEquals("Mathématiques « avancées », groupe B", salome.get("Room"));
        assertEquals("MATH101", salome.get("Course"));
        assertEquals("2025-03-23 23:30:00", salome.get("Started"), "in the portal's time zone");
        assertEquals("2025-03-24 00:45:00", salome.get("Ended"), "after midnight");
        assertEquals("1:15:00", salome.get("Duration"));
        assertEquals("0:20:00", salome.get("Total time"));
        assertEquals("0:01:35", salome.get("Talk time"));
        assertEquals("4", salome.get("Chat messages"));
        assertEquals("3", salome.get("Poll votes"));
        assertEquals("Yes", salome.get("Recorded"));
        assertEquals("Attended", salome.get("Verdict"));
        assertEquals("No", salome.get("Guest"));
        assertEquals("Yes", lines.get(1).get("Guest"));
        assertEquals("Partly there", lines.get(1).get("Verdict"));
        assertEquals("Zoé \"téléphone\"", lines.get(1).get("Participant"));
        assertEquals("Yes", lines.get(1).get("Outside the portal"));
        assertEquals("", lines.get(1).get("Last leave"), "still in");
        assertEquals("'=HYPERLINK(\"http://evil.example\")", lines.get(2).get("Participant"),
                "a name that a spreadsheet would run as a formula is made inert");
        assertEquals("Aurélien Absent", lines.get(3).get("Participant"), "the enrolled student who never came");
        assertEquals("Absent", lines.get(3).get("Verdict"));
        assertEquals("", lines.get(3).get("Total time"));
        assertEquals("", lines.get(4).get("Participant"));
        assertEquals("Group room", lines.get(4).get("Room type"));
    }

    @Test
    void frenchCsvUsesSemicolonsAndFrenchHeaders() throws Exception {
        List<CSVRecord> lines = parse(new ReportExport(Locale.FRENCH, PARIS).csv(report()), ';');
        assertEquals("Salomé Étudiante", lines.get(0).get("Participant"));
        assertEquals("Oui", lines.get(0).get("Enregistrée"));
        assertEquals("0:20:00", lines.get(0).get("Temps total"));
        assertEquals("Présent", lines.get(0).get("Verdict"));
        assertEquals("Absent", lines.get(3).get("Verdict"));
    }

    @Test
    void xlsxOpensBackWithTextDatesAndDurations() throws Exception {
        List<Map<String, String>> rows = XlsxCells.rows(new ReportExport(Locale.ENGLISH, PARIS).xlsx(report()));
        assertEquals(6, rows.size(), "a header and five lines");
        assertEquals("Participant", rows.get(0).get("J"));
        assertEquals("Salomé Étudiante", rows.get(1).get("J"));
        assertEquals("Mathématiques « avancées », groupe B", rows.get(1).get("B"));
        double started = Double.parseDouble(rows.get(1).get("D"));
        assertEquals(45739.979166, started, 0.00001, "23:30 on 23 March 2025 as a spreadsheet date");
        assertEquals(20.0 / (24 * 60), Double.parseDouble(rows.get(1).get("P")), 1e-9, "20 minutes as a time");
        assertEquals("=HYPERLINK(\"http://evil.example\")", rows.get(3).get("J"), "text, never a formula, in XLSX");
        assertEquals("Aurélien Absent", rows.get(4).get("J"));
        assertEquals("Absent", rows.get(4).get("V"), "the verdict, last column");
        assertEquals("Attended", rows.get(1).get("V"));
        assertNull(rows.get(5).get("J"), "the meeting nobody attended has no participant");
    }
}

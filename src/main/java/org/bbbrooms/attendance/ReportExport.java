package org.bbbrooms.attendance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bbbrooms.platform.CsvCells;
import org.bbbrooms.platform.web.Texts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The filtered report as files: one line per participant of each meeting with the verdict of its room's completion
 * rule, then one per absentee (verdict "absent"; a meeting nobody attended and nobody was expected at has one line
 * without participant), in CSV (UTF-8 with a byte order mark so that spreadsheets read accents right; semicolons in
 * French, where the comma is the decimal mark; text that a spreadsheet would take for a formula made inert) or XLSX
 * (fastexcel: text is never a formula there; real dates and durations). Headers and yes/no
 * follow the user's language; times are in the portal's time zone.
 * <p>Use: {@code byte[] file = new ReportExport(Locale.FRENCH, zone).csv(reports.export(actor, filter));}
 */
public final class ReportExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String BOM = "\uFEFF";

    private final Locale locale;
    private final ZoneId zone;

    public ReportExport(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    /** One participant of one meeting, one absentee, or the meeting alone. */
    private record Line(MeetingRow meeting, Optional<ParticipantRow> person, Optional<Absentee> absentee) {

        Optional<Verdict> verdict() {
            return person.map(ParticipantRow::verdict).or(() -> absentee.map(a -> Verdict.ABSENT));
        }
    }

    /** A column: its header's bundle key and its value in a line (a String, Instant, Duration, Number or Boolean). */
    private record Column(String key, Function<Line, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("report.course", l -> l.meeting().courseCode().orElse(null)),
            new Column("report.room", l -> l.meeting().room()),
            new Column("report.roomType", l -> l.meeting().roomType()),
            new Column("report.started", l -> l.meeting().started()),
            new Column("report.ended", l -> l.meeting().ended().orElse(null)),
            new Column("report.duration", l -> l.meeting().duration()),
            new Column("report.participants", l -> l.meeting().participants()),
            new Column("report.recorded", l -> l.meeting().recorded()),
            new Column("report.exact", l -> l.meeting().exact()),
            new Column("report.participant", l -> l.person().map(ParticipantRow::name)
                    .or(() -> l.absentee().map(Absentee::name)).orElse(null)),
            new Column("report.external", l -> l.person().map(ParticipantRow::external).orElse(null)),
            new Column("report.moderator", l -> l.person().map(ParticipantRow::moderator).orElse(null)),
            new Column("report.firstJoin", l -> l.person().map(ParticipantRow::firstJoin).orElse(null)),
            new Column("report.lastLeave", l -> l.person().flatMap(ParticipantRow::lastLeave).orElse(null)),
            new Column("report.stays", l -> l.person().map(p -> p.stays().size()).orElse(null)),
            new Column("report.total", l -> l.person().map(ParticipantRow::total).orElse(null)),
            new Column("report.talkTime", l -> figure(l, f -> Duration.ofSeconds(f.talkSeconds()))),
            new Column("report.chats", l -> figure(l, Engagement.Figures::chats)),
            new Column("report.raisedHands", l -> figure(l, Engagement.Figures::raisedHands)),
            new Column("report.pollVotes", l -> figure(l, Engagement.Figures::pollVotes)),
            new Column("report.guest", l -> l.person().map(ParticipantRow::guest).orElse(null)),
            new Column("report.verdict", l -> l.verdict().orElse(null)));

    public byte[] csv(FullReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        char delimiter = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? ';' : ',';
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(delimiter).get())) {
            writer.write(BOM);
            csv.printRecord(COLUMNS.stream().map(c -> Texts.format(locale, c.key())).toList());
            for (Line line : lines(report)) {
                csv.printRecord(COLUMNS.stream().map(c -> text(c.value().apply(line))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx(FullReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "bbb-rooms", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(Texts.format(locale, "report.title"));
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, Texts.format(locale, COLUMNS.get(c).key()));
                sheet.style(0, c).bold().set();
            }
            List<Line> lines = lines(report);
            for (int r = 0; r < lines.size(); r++) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    cell(sheet, r + 1, c, COLUMNS.get(c).value().apply(lines.get(r)));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Instant instant) {
            sheet.value(row, column, instant.atZone(zone).toLocalDateTime());
            sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
        } else if (value instanceof Duration duration) {
            sheet.value(row, column, duration.toMillis() / 86_400_000.0);
            sheet.style(row, column).format("[h]:mm:ss").set();
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof String text) {
            sheet.value(row, column, text);
        } else if (value != null) {
            sheet.value(row, column, text(value));
        }
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant.atZone(zone));
        }
        if (value instanceof Duration duration) {
            return hours(duration);
        }
        if (value instanceof Boolean flag) {
            return Texts.format(locale, flag ? "common.yes" : "common.no");
        }
        if (value instanceof Verdict verdict) {
            return Texts.format(locale, "report.verdict." + verdict.name());
        }
        if (value instanceof Enum<?> type) {
            return Texts.format(locale, "roomType." + type.name());
        }
        return value instanceof String text ? CsvCells.inert(text) : value.toString();
    }

    /** A duration as hours, minutes and seconds: {@code 1:05:09}. */
    public static String hours(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static List<Line> lines(FullReport report) {
        List<Line> lines = new ArrayList<>();
        report.participants().forEach((meeting, people) -> {
            List<Absentee> absent = report.absentOf(meeting);
            if (people.isEmpty() && absent.isEmpty()) {
                lines.add(new Line(meeting, Optional.empty(), Optional.empty()));
            }
            people.forEach(person -> lines.add(new Line(meeting, Optional.of(person), Optional.empty())));
            absent.forEach(absentee -> lines.add(new Line(meeting, Optional.empty(), Optional.of(absentee))));
        });
        return lines;
    }

    private static Object figure(Line line, Function<Engagement.Figures, Object> value) {
        return line.person().flatMap(ParticipantRow::engagement).map(value).orElse(null);
    }
}

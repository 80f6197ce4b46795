package org.bbbrooms.identity.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file into rows keyed by header name, with each row's line number, after checking the header against
 * an {@link ImportKind}. A UTF-8 byte-order mark is skipped; commas and semicolons both work as separators.
 */
final class CsvRows {

    static final int MAX_ROWS = 5000;

    record Row(long line, Map<String, String> values) {

        String get(String column) {
            return values.getOrDefault(column, "").trim();
        }
    }

    private CsvRows() {
    }

    /**
     * The well-formed rows; each row with the wrong number of columns is a problem. A bad header, an empty or
     * unreadable file or too many rows give no rows at all.
     */
    static List<Row> read(Reader reader, ImportKind kind, List<ImportProblem> problems) {
        try {
            String text = readAll(reader);
            if (text.isBlank()) {
                problems.add(new ImportProblem(1, "import.empty"));
                return List.of();
            }
            char delimiter = firstLine(text).contains(";") && !firstLine(text).contains(",") ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                List<Row> rows = new ArrayList<>();
                List<String> header = null;
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    List<String> cells = record.toList();
                    if (header == null) {
                        header = normalizeHeader(cells);
                        if (!validHeader(header, kind)) {
                            problems.add(new ImportProblem(line, "import.header", kind.headerHint()));
                            return List.of();
                        }
                    } else if (cells.size() != header.size()) {
                        problems.add(new ImportProblem(line, "import.columns", cells.size(), header.size()));
                    } else if (rows.size() >= MAX_ROWS) {
                        problems.add(new ImportProblem(line, "import.tooLarge", MAX_ROWS));
                        return List.of();
                    } else {
                        Map<String, String> values = new java.util.HashMap<>();
                        for (int i = 0; i < cells.size(); i++) {
                            values.put(header.get(i), cells.get(i));
                        }
                        rows.add(new Row(line, values));
                    }
                }
                return rows;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem(1, "import.unreadable", e.getMessage()));
            return List.of();
        }
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static List<String> normalizeHeader(List<String> cells) {
        return cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean validHeader(List<String> header, ImportKind kind) {
        List<String> required = kind.required().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<String> optional = kind.optional().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        return header.size() >= required.size()
                && header.subList(0, required.size()).equals(required)
                && optional.containsAll(header.subList(required.size(), header.size()));
    }
}

package org.bbbrooms.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package table of README's "Layout" (and of DESIGN.md), enforced on the source tree's import lines: a feature
 * imports only from the rows above its own, and the rows that stand alone (the protocol client, the sandbox, the
 * platform) import nothing of ours. A new package fails here until it has its row.
 */
class PackageTableTest {

    /** The rows, top down: each may import the ones before it. */
    static final List<String> ROWS = List.of("bbb", "sandbox", "platform", "identity", "audit", "conference",
            "settings", "room", "schedule", "slides", "recording", "courserooms", "attendance", "embed", "api", "lti", "app");
    /** The rows that import nothing of ours. */
    static final Set<String> ALONE = Set.of("bbb", "sandbox", "platform");

    private static final Path SOURCES = Path.of("src/main/java/org/bbbrooms");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.bbbrooms\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void everyImportPointsDownTheTable() {
        List<String> upward = new ArrayList<>();
        for (Path file : javaFiles()) {
            String row = rowOf(file);
            for (String imported : importedRows(read(file))) {
                if (!imported.equals(row) && !allowed(row, imported)) {
                    upward.add(SOURCES.relativize(file) + " imports org.bbbrooms." + imported + " (" + row
                            + (ALONE.contains(row) ? " imports nothing of ours)" : " may import only " + above(row) + ")"));
                }
            }
        }
        assertEquals(List.of(), upward, "imports that point up the package table");
    }

    @Test
    void everyPackageHasItsRow() {
        Set<String> packages = new TreeSet<>();
        javaFiles().forEach(file -> packages.add(rowOf(file)));
        packages.removeAll(ROWS);
        assertEquals(Set.of(), packages, "packages without a row in the table: add them to ROWS, README and DESIGN.md");
    }

    @Test
    void theScanSeesImportsAndWouldCatchAnUpwardOne() {
        assertEquals(List.of("room", "bbb"), importedRows("package org.bbbrooms.platform;\n\n"
                + "import org.bbbrooms.room.RoomService;\nimport static org.bbbrooms.bbb.Role.MODERATOR;\n"));
        assertTrue(!allowed("platform", "room") && !allowed("room", "recording") && allowed("recording", "room"));
        assertTrue(javaFiles().size() > 100, "the scan reads the source tree: " + SOURCES.toAbsolutePath());
    }

    static boolean allowed(String row, String imported) {
        return !ALONE.contains(row) && ROWS.indexOf(imported) >= 0 && ROWS.indexOf(imported) < ROWS.indexOf(row);
    }

    private static List<String> above(String row) {
        return ROWS.subList(0, Math.max(0, ROWS.indexOf(row)));
    }

    static List<String> importedRows(String source) {
        List<String> rows = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    private static String rowOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java") && f.getNameCount() > SOURCES.getNameCount() + 1)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.bbbrooms.platform;

/**
 * Text for the cells of a CSV file that people open in a spreadsheet. A cell starting with {@code = + - @} (a name a
 * guest typed in BBB, a value an admin saved) would be run as a formula, so it gets a leading apostrophe, as OWASP
 * advises against CSV injection; tab and carriage return, which some spreadsheets skip first, count too.
 * <p>Use: {@code csv.print(CsvCells.inert(name))}.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

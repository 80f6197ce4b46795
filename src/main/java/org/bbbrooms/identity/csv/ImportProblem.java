package org.bbbrooms.identity.csv;

import java.util.List;

/** One reason a row (by its line number in the file, 1 being the header) cannot be imported, as a bundle key. */
public record ImportProblem(long line, String key, List<Object> args) {

    public ImportProblem(long line, String key, Object... args) {
        this(line, key, List.of(args));
    }
}

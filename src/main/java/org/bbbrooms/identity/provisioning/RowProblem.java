package org.bbbrooms.identity.provisioning;

import java.util.List;
import java.util.Locale;
import org.bbbrooms.platform.web.Texts;

/**
 * Why one row of a {@link ProvisioningBatch} cannot be written: its section ("users"), its index in that section
 * (from 0), the field at fault and a bundle key with its arguments. The kind tells a bad value from a clash with
 * existing data and from a reference to something unknown, so that a single PUT can answer 400, 409 or 404.
 * <p>Use: {@code problem.message(Locale.ENGLISH)}.
 */
public record RowProblem(String section, int index, String field, Kind kind, String key, List<Object> args) {

    /** What is wrong with the row. */
    public enum Kind {
        INVALID, CONFLICT, UNKNOWN
    }

    public RowProblem {
        args = List.copyOf(args);
    }

    static RowProblem of(String section, int index, String field, Kind kind, String key, Object... args) {
        return new RowProblem(section, index, field, kind, key, List.of(args));
    }

    public String message(Locale locale) {
        return Texts.format(locale, key, args.toArray());
    }
}

package org.bbbrooms.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A query string kept as received: the raw text that checksums cover, and its decoded parameters.
 *
 * <p>Why: bbb-web hashes the bytes the client sent, minus the {@code checksum} parameter; {@code +} and {@code %20}
 * decode to the same space but hash differently, so both forms must be kept.
 */
final class QueryString {

    private static final String CHECKSUM = "checksum";

    private final String rawWithoutChecksum;
    private final Optional<String> checksum;
    private final Map<String, List<String>> params;

    private QueryString(String rawWithoutChecksum, Optional<String> checksum, Map<String, List<String>> params) {
        this.rawWithoutChecksum = rawWithoutChecksum;
        this.checksum = checksum;
        this.params = params;
    }

    /**
     * Splits and decodes a raw query string (form encoding, UTF-8).
     *
     * @throws ApiFailure {@code validationError} when a value is not valid percent-encoding
     */
    static QueryString parse(String raw) {
        List<String> kept = new ArrayList<>();
        Optional<String> checksum = Optional.empty();
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.equals(CHECKSUM)) {
                checksum = checksum.or(() -> Optional.of(value));
            } else {
                kept.add(pair);
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new QueryString(String.join("&", kept), checksum, params);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiFailure("validationError",
                    "The query string is not valid URL encoding near '" + text + "': encode each value once, as UTF-8");
        }
    }

    /** The raw query string without the checksum parameter: what the checksum signs (after the call name). */
    String rawWithoutChecksum() {
        return rawWithoutChecksum;
    }

    Optional<String> checksum() {
        return checksum;
    }

    /** The first value of a parameter, if it was sent. */
    Optional<String> first(String name) {
        List<String> values = params.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of a parameter when it holds more than white space, stripped. */
    Optional<String> nonBlank(String name) {
        return first(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Every parameter starting with {@code prefix} (first values), keyed by the rest of its name, in sent order. */
    Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                found.put(name.substring(prefix.length()), values.get(0));
            }
        });
        return found;
    }
}

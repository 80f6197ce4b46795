package org.bbbrooms.bbb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A BBB query string, encoded once: the {@link #raw()} string is what gets hashed into the checksum and what
 * is sent, byte for byte, so that bbb-web (which hashes the raw query it receives) finds the same checksum.
 * Values are UTF-8 form-encoded (space as {@code +}) and {@code !'()*~} are percent-encoded too, because
 * browsers and proxies re-encode them in join links. {@link #toString()} masks passwords and callback URLs.
 * <pre>{@code Query q = Query.builder().add("meetingID", "abc").add("record", true).build();
 * q.raw(); // meetingID=abc&record=true}</pre>
 */
public final class Query {

    private static final Set<String> SECRET_NAMES = Set.of("checksum", "password", "attendeepw", "moderatorpw");

    private final List<String[]> pairs;
    private final String raw;

    private Query(List<String[]> pairs) {
        this.pairs = List.copyOf(pairs);
        StringJoiner joiner = new StringJoiner("&");
        pairs.forEach(pair -> joiner.add(encode(pair[0]) + "=" + encode(pair[1])));
        this.raw = joiner.toString();
    }

    /** A builder that keeps parameters in the order added. */
    public static Builder builder() {
        return new Builder();
    }

    /** Encodes one name or value as this client sends it. */
    public static String encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("Text with a broken Unicode character (lone surrogate at index "
                        + i + ") cannot be sent to BBB: fix the text");
            }
        }
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A");
    }

    /** The encoded query, without leading {@code ?}; empty when there are no parameters. */
    public String raw() {
        return raw;
    }

    /** The query with the values of passwords, checksums and {@code meta_*url} callbacks masked, for logs. */
    public String redacted() {
        StringJoiner joiner = new StringJoiner("&");
        pairs.forEach(pair -> joiner.add(encode(pair[0]) + "=" + (isSensitive(pair[0]) ? "***" : encode(pair[1]))));
        return joiner.toString();
    }

    static boolean isSensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_NAMES.contains(lower) || lower.startsWith("meta_") && lower.contains("url");
    }

    @Override
    public String toString() {
        return redacted();
    }

    /** Collects parameters; {@code null} values are left out, so optional settings need no {@code if}. */
    public static final class Builder {

        private final List<String[]> pairs = new ArrayList<>();

        private Builder() {
        }

        /** Adds {@code name=value} using {@code value.toString()}, unless {@code value} is null. */
        public Builder add(String name, Object value) {
            if (value != null) {
                pairs.add(new String[] {name, value.toString()});
            }
            return this;
        }

        public Query build() {
            return new Query(pairs);
        }
    }
}

package org.bbbrooms.bbb;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable element of a BBB answer, with lenient readers: a missing element reads as empty, 0 or false. */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** Children of the first {@code container} child named {@code item}, e.g. attendees/attendee. */
    List<XmlElement> list(String container, String item) {
        return child(container).map(c -> c.children(item)).orElse(List.of());
    }

    String text(String childName) {
        return child(childName).map(XmlElement::text).orElse("");
    }

    Optional<String> optionalText(String childName) {
        return child(childName).map(XmlElement::text).filter(t -> !t.isEmpty());
    }

    String requiredText(String childName) {
        return optionalText(childName).orElseThrow(() -> new BbbProtocolException("the answer has no <" + childName + ">"));
    }

    boolean bool(String childName) {
        return "true".equalsIgnoreCase(text(childName));
    }

    long number(String childName) {
        return optionalNumber(childName).orElse(0L);
    }

    Optional<Long> optionalNumber(String childName) {
        return optionalText(childName).map(t -> parseLong(childName, t));
    }

    /** A millisecond time stamp, empty when absent or 0 (BBB's "not yet"). */
    Optional<Instant> time(String childName) {
        return optionalNumber(childName).filter(n -> n > 0).map(Instant::ofEpochMilli);
    }

    /** Each child of {@code container} as name to text, e.g. the {@code <metadata>} map. */
    Map<String, String> map(String container) {
        Map<String, String> map = new LinkedHashMap<>();
        child(container).ifPresent(c -> c.children.forEach(entry -> map.put(entry.name, entry.text)));
        return new MetadataMap(map);
    }

    static URI webUrl(String field, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, without the cause's echo of the value
        }
        throw new BbbProtocolException("the answer's <" + field + "> is not an http(s) URL: " + excerpt(value));
    }

    private static long parseLong(String field, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BbbProtocolException("the answer's <" + field + "> is not a number: " + excerpt(text));
        }
    }

    /** A short, printable excerpt of server text for a message. */
    static String excerpt(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", " ").strip();
        return "'" + (printable.length() > 40 ? printable.substring(0, 40) + "…" : printable) + "'";
    }
}

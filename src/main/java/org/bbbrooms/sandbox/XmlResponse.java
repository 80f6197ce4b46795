package org.bbbrooms.sandbox;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a BBB {@code <response>} document, escaping every text value.
 *
 * <p>Why not a DOM: the answers are small and their element order is fixed by bbb-web's templates.
 * <pre>{@code
 * new XmlResponse("SUCCESS").element("running", true).build();
 * }</pre>
 */
final class XmlResponse {

    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    private final StringBuilder xml = new StringBuilder("<response>");

    XmlResponse(String returnCode) {
        element("returncode", returnCode);
    }

    static String failed(String key, String message) {
        return new XmlResponse("FAILED").element("messageKey", key).element("message", message).build();
    }

    XmlResponse element(String name, Object value) {
        xml.append('<').append(name).append('>');
        escape(String.valueOf(value));
        xml.append("</").append(name).append('>');
        return this;
    }

    XmlResponse open(String name) {
        xml.append('<').append(name).append('>');
        return this;
    }

    XmlResponse close(String name) {
        xml.append("</").append(name).append('>');
        return this;
    }

    /** One element per entry, named by its key; keys that are not XML names are left out. */
    XmlResponse elements(String name, Map<String, String> entries) {
        open(name);
        entries.forEach((key, value) -> {
            if (XML_NAME.matcher(key).matches() && !key.toLowerCase().startsWith("xml")) {
                element(key, value);
            }
        });
        return close(name);
    }

    String build() {
        return xml + "</response>";
    }

    private void escape(String text) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.appendCodePoint(c);
                    }
                }
            }
        });
    }
}

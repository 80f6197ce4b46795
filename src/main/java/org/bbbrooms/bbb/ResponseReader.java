package org.bbbrooms.bbb;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an HTTP answer into the root {@code <response>} element, or says in a few words what came instead. */
final class ResponseReader {

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LONG_HEX = Pattern.compile("[0-9a-fA-F]{32,}");

    private ResponseReader() {
    }

    /**
     * @throws BbbProtocolException whose message reads e.g. "HTTP 502 with an HTML page (title: Bad Gateway)"
     */
    static XmlElement root(int status, String contentType, byte[] body) {
        String head = "HTTP " + status + (contentType.isEmpty() ? "" : " (" + contentType + ")") + " with ";
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            throw new BbbProtocolException(head + "an empty body");
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || contentType.toLowerCase(Locale.ROOT).contains("html")) {
            throw new BbbProtocolException(head + "an HTML page" + title(body) + ", not BBB XML: check the server URL");
        }
        XmlElement root;
        try {
            root = SafeXml.parse(body);
        } catch (SafeXml.Refused e) {
            throw new BbbProtocolException(head + e.getMessage(), e);
        }
        if (!root.name().equals("response")) {
            throw new BbbProtocolException(head + "XML whose root is <" + root.name() + ">, not a BBB <response>");
        }
        return root;
    }

    private static String title(byte[] body) {
        Matcher matcher = TITLE.matcher(new String(body, StandardCharsets.UTF_8));
        if (!matcher.find()) {
            return "";
        }
        String title = LONG_HEX.matcher(matcher.group(1).replaceAll("<[^>]*>", " ")).replaceAll("…");
        return " (title: " + XmlElement.excerpt(title.replaceAll("\\s+", " ")) + ")";
    }
}

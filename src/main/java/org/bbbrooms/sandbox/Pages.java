package org.bbbrooms.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sandbox's HTML pages share: the language chosen from Accept-Language (English or French), the strings of
 * the sandbox bundle ({@code org/bbbrooms/sandbox/messages*.properties}), HTML escaping and templates kept next to
 * this class, and the plain notice page.
 */
final class Pages {

    /** Where the style of the conference and notice pages is served, below the sandbox's URL. */
    static final String STYLE = "/conference/sandbox.css";
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final Map<String, String> RESOURCES = new ConcurrentHashMap<>();

    private Pages() {
    }

    /** English or French, whichever the Accept-Language header prefers; English when it names neither. */
    static Locale locale(Optional<String> acceptLanguage) {
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage.orElse("en")), LANGUAGES);
            return found == null ? Locale.ENGLISH : found;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle("org.bbbrooms.sandbox.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A resource next to this class, read once. */
    static String resource(String name) {
        return RESOURCES.computeIfAbsent(name, n -> {
            try (InputStream in = Pages.class.getResourceAsStream(n)) {
                if (in == null) {
                    throw new IllegalStateException("Missing sandbox resource " + n);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Fills {@code ${name}} placeholders in one pass with values that are already HTML. */
    static String fill(String template, Map<String, String> html) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = html.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** A page with a heading, a sentence and a link back to the portal; the texts are plain (escaped here). */
    static SandboxResponse notice(int status, Locale locale, String heading, String text, String backUrl,
            String sandboxUrl) {
        return SandboxResponse.html(status, fill(resource("notice.html"), Map.of(
                "lang", locale.getLanguage(),
                "styleUrl", escape(sandboxUrl + STYLE),
                "heading", escape(heading),
                "text", escape(text),
                "backUrl", escape(backUrl),
                "backLabel", escape(messages(locale).getString("notice.back")))));
    }
}

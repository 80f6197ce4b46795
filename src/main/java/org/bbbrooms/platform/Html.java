package org.bbbrooms.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that users type (a course's welcome message) down to harmless formatting: bold, italics, lists,
 * paragraphs, line breaks and http(s) links, which open in a new tab with {@code rel="noopener noreferrer"}.
 * Scripts, styles, event handlers, images and other URL schemes are removed.
 * <p>Use: {@code String safe = Html.sanitize(teacherInput);}
 */
public final class Html {

    private static final Safelist ALLOWED = Safelist.basic()
            .removeTags("img", "cite", "q", "blockquote", "code", "pre", "sub", "sup", "dl", "dt", "dd")
            .removeProtocols("a", "href", "ftp", "mailto")
            .addAttributes("a", "target", "rel");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Html() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "", ALLOWED, OUTPUT));
        clean.outputSettings(OUTPUT);
        clean.select("a[href]").attr("target", "_blank").attr("rel", "noopener noreferrer");
        return clean.body().html();
    }
}

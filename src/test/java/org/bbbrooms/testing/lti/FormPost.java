package org.bbbrooms.testing.lti;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A form that a page would post: where to, and its fields. The platform's form_post answer is one
 * ({@code id_token} and {@code state} to the tool's redirect_uri); tests may change a field before posting it.
 * <pre>{@code
 * FormPost answer = flow.authorize(launch);
 * flow.post(answer.with("id_token", launch.signedWith(SigningKey.NONE).idToken(nonce)));
 * }</pre>
 */
public record FormPost(String action, String method, Map<String, String> fields) {

    public FormPost {
        fields = Map.copyOf(fields);
    }

    /** The first form of an HTML page, its action resolved against the page's URL; null when it has none. */
    public static FormPost of(String html, String pageUrl) {
        Element form = Jsoup.parse(html, pageUrl).selectFirst("form");
        if (form == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        String method = form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase(Locale.ROOT);
        return new FormPost(form.absUrl("action"), method, fields);
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** The same form with one field set to another value. */
    public FormPost with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return new FormPost(action, method, changed);
    }
}

package org.bbbrooms.testing.lti;

import java.util.Map;

/** The few bits of HTML the emulator's pages are made of, every value escaped. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }

    /**
     * A form that POSTs these fields to the action as soon as the page loads (OAuth 2.0 Form Post Response Mode
     * §2), into the named frame or window when {@code target} is not null; a button submits it without script.
     */
    static String autoSubmit(String action, Map<String, String> fields, String target) {
        StringBuilder form = new StringBuilder("<form id=\"post\" method=\"post\" action=\"" + escape(action) + "\"");
        if (target != null) {
            form.append(" target=\"").append(escape(target)).append('"');
        }
        form.append(">\n");
        fields.forEach((name, value) -> form.append("<input type=\"hidden\" name=\"").append(escape(name))
                .append("\" value=\"").append(escape(value)).append("\">\n"));
        return form.append("<noscript><button type=\"submit\">Continue</button></noscript>\n</form>\n")
                .append("<script>document.getElementById('post').submit();</script>").toString();
    }
}

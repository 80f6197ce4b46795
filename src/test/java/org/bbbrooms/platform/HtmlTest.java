package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What survives of the HTML a teacher types (a course's welcome message). */
class HtmlTest {

    @Test
    void formattingAndWebLinksAreKept() {
        assertEquals("<p><b>Welcome</b> to <i>Maths</i></p><ul><li>one</li></ul>",
                Html.sanitize("<p><b>Welcome</b> to <i>Maths</i></p><ul><li>one</li></ul>"));
        String link = Html.sanitize("<a href=\"https://example.org/syllabus\">syllabus</a>");
        assertTrue(link.contains("href=\"https://example.org/syllabus\""), link);
        assertTrue(link.contains("rel=\"noopener noreferrer\"") && link.contains("target=\"_blank\""), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT src=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body{display:none}</style>"})
    void scriptsAndActiveContentAreRemoved(String attack) {
        String clean = Html.sanitize("<b>Hi</b>" + attack);
        assertEquals("<b>Hi</b>", clean);
    }

    @Test
    void eventHandlersAndJavascriptLinksAreRemovedButTheirTextStays() {
        String clean = Html.sanitize("<b onclick=\"alert(1)\">bold</b> <a href=\"javascript:alert(1)\">click</a> "
                + "<a href=\"data:text/html,<script>alert(1)</script>\">data</a>");
        assertFalse(clean.toLowerCase().contains("onclick"), clean);
        assertFalse(clean.toLowerCase().contains("javascript:"), clean);
        assertFalse(clean.toLowerCase().contains("data:"), clean);
        assertTrue(clean.contains("<b>bold</b>") && clean.contains("click") && clean.contains("data"), clean);
    }

    @Test
    void nothingGivesAnEmptyText() {
        assertEquals("", Html.sanitize(null));
        assertEquals("", Html.sanitize("   "));
    }
}

package org.bbbrooms.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BBB_FRAME_ANCESTORS becomes the embed views' frame-ancestors, and nothing else can get into the header. */
class EmbedSettingsTest {

    private static EmbedSettings with(String ancestors) {
        EmbedSettings settings = new EmbedSettings();
        settings.secret = Optional.of("  ");
        settings.frameAncestors = Optional.ofNullable(ancestors);
        settings.read();
        return settings;
    }

    @Test
    void hostSourcesAreKeptInOrderAndAnythingThatCouldEndTheDirectiveIsDropped() {
        assertEquals("https://lms.example.org https://*.example.com http://127.0.0.1:* 'self' lms.example.net:8443",
                with(" https://lms.example.org  https://*.example.com http://127.0.0.1:* 'self' lms.example.net:8443 ")
                        .frameAncestors());
        assertEquals("https://ok.example.org", with("https://ok.example.org https://a.org;script-src"
                + " 'unsafe-inline' x,y").frameAncestors());
    }

    @Test
    void unsetMeansOnlyThePortalItselfAndABlankSecretMeansNoSignedLinks() {
        assertEquals("'self'", with(null).frameAncestors());
        assertEquals("'self'", with("  ").frameAncestors());
        assertEquals(Optional.empty(), with(null).secret());
    }
}

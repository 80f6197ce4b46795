package org.bbbrooms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI string exists in English and in French, and French never uses an apostrophe MessageFormat would eat. */
class BundlesTest {

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/i18n/messages", "/i18n/faces", "/ValidationMessages", "/org/bbbrooms/sandbox/messages"})
    void englishAndFrenchHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties french = load(bundle + "_fr.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(french.stringPropertyNames());
        Set<String> onlyFrench = new TreeSet<>(french.stringPropertyNames());
        onlyFrench.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "missing in French");
        assertEquals(Set.of(), onlyFrench, "missing in English");
        french.stringPropertyNames().forEach(key -> assertTrue(!french.getProperty(key).contains("'"),
                key + " uses ' instead of ’"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void messagesWithArgumentsFormatInBothLanguages(String language) {
        String text = Texts.format(Locale.forLanguageTag(language), "user.username.taken", "alice");
        assertTrue(text.contains("alice") && !text.contains("{0}"), text);
        assertEquals("a.key.that.does.not.exist", Texts.format(Locale.ENGLISH, "a.key.that.does.not.exist"));
        assertTrue(Texts.format(Locale.forLanguageTag(language), "user.email.invalid").length() > 10,
                "Bean Validation keys resolve too");
    }
}

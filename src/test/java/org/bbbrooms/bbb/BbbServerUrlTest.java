package org.bbbrooms.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BbbServerUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://bbb.example.org", "https://bbb.example.org/", "https://bbb.example.org/bigbluebutton",
        "https://bbb.example.org/bigbluebutton/", "https://bbb.example.org/bigbluebutton/api",
        "https://bbb.example.org/bigbluebutton/api/", "  https://bbb.example.org/bigbluebutton/api/  ",
        "HTTPS://bbb.example.org/bigbluebutton"})
    void normalisesTheUsualFormsToOneBase(String text) {
        assertEquals("https://bbb.example.org/bigbluebutton", BbbServerUrl.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "https://lb.example.org/bbb/bigbluebutton/api/, https://lb.example.org/bbb/bigbluebutton",
        "http://127.0.0.1:8081/sandbox/bigbluebutton, http://127.0.0.1:8081/sandbox/bigbluebutton",
        "https://bbb.example.org:8443, https://bbb.example.org:8443/bigbluebutton"
    })
    void keepsPrefixesAndPorts(String text, String expected) {
        assertEquals(expected, BbbServerUrl.parse(text).base().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bbb.example.org/bigbluebutton | start it with https://",
        "bbb.example.org:8443/bigbluebutton | start it with https://",
        "ftp://bbb.example.org/bigbluebutton | not ftp://",
        "https://bbb.example.org/bigbluebutton?secret=x | remove everything from '?'",
        "https://bbb.example.org/bigbluebutton#top | remove everything from '?' or '#'",
        "https://admin:pw@bbb.example.org/bigbluebutton | must not hold a user name or password",
        "https://bbb.example.org/moodle | must end with /bigbluebutton",
        "https://bbb.example.org/bigbluebutton/api/create | did you mean https://bbb.example.org/bigbluebutton ?",
        "https://bbb.example.org/a/../bigbluebutton | odd path",
        "https://bbb example.org | not a valid URL",
        "'   ' | is empty"
    })
    void refusesWithAMessageSayingHowToFixIt(String text, String hint) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BbbServerUrl.parse(text));
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://admin:s3cr3t-pw@bbb.example.org/bigbluebutton", "https://bbb.example.org/bigbluebutton?checksum=s3cr3t-pw"})
    void doesNotEchoCredentialsOrQueries(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BbbServerUrl.parse(text));
        assertTrue(!e.getMessage().contains("s3cr3t-pw"), e.getMessage());
    }
}

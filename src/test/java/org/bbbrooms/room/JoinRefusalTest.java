package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When BBB turns a user away at join it sends them back with {@code errors=[{"key":...,"message":...}]}: the portal
 * says why from the keys it knows, and from nothing else that came through the browser.
 */
class JoinRefusalTest {

    @ParameterizedTest
    @CsvSource({"maxParticipantsReached, FULL", "mismatchCreateTimeParam, ENDED", "meetingForciblyEnded, ENDED",
            "invalidMeetingIdentifier, ENDED", "notFound, ENDED", "guestDeniedAccess, DENIED",
            "checksumError, OTHER", "somethingNew, OTHER"})
    void eachKeyBbbSendsHasItsExplanation(String key, JoinRefusal expected) {
        String errors = "[{\"key\":\"" + key + "\",\"message\":\"The number of participants allowed for this meeting"
                + " has been reached.\"}]";
        assertEquals(Optional.of(expected), JoinRefusal.of(errors));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void withoutErrorsItIsAPlainReturn(String errors) {
        assertEquals(Optional.empty(), JoinRefusal.of(errors));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"key\":\"<script>alert(1)</script>\"}]", "<b>full</b>", "[{\"message\":\"full\"}]",
            "{\"key\":\"maxParticipantsReached\"}", "[\"maxParticipantsReached\"]", "[{\"key\":42}]", "[]",
            "[{\"key\":\"maxParticipantsReached\"", "maxParticipantsReached"})
    void anythingElseOnlySaysThatBbbRefused(String errors) {
        assertEquals(Optional.of(JoinRefusal.OTHER), JoinRefusal.of(errors));
    }

    @ParameterizedTest
    @ValueSource(ints = {JoinRefusal.MAX_LENGTH + 1, 100_000})
    void anOverlongParameterIsNotRead(int length) {
        String padded = "[{\"key\":\"maxParticipantsReached\",\"message\":\"" + "x".repeat(length) + "\"}]";
        assertEquals(Optional.of(JoinRefusal.OTHER), JoinRefusal.of(padded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"key\":\"checksumError\"},{\"key\":\"maxParticipantsReached\"}]",
            "[{\"key\":\"maxParticipantsReached\"},{\"key\":\"guestDeniedAccess\"}]"})
    void theFirstKnownKeyExplains(String errors) {
        assertEquals(Optional.of(JoinRefusal.FULL), JoinRefusal.of(errors));
    }
}

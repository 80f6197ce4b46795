package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sealed secrets open only with their key and unaltered; bad keys are refused with how to make a good one. */
class SecretBoxTest {

    private static final String KEY = "q5lJ0eTOeu6hS0vXOvj7yI3uBQe1q9M2rG3cO0h0qf8=";
    private static final String OTHER = "ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY=";
    private final SecretBox box = SecretBox.of(Optional.of(KEY), List.of());

    @Test
    void aSealedSecretOpensAndTwoSealsOfOneSecretDiffer() {
        String sealed = box.seal("s3cret");
        assertEquals("s3cret", box.open(sealed));
        assertNotEquals(sealed, box.seal("s3cret"), "a fresh nonce each time");
        assertEquals("legacy", box.open("legacy"), "clear text from before encryption reads as it is");
    }

    @Test
    void anAlteredOrForeignSealIsRefusedNotMisread() {
        String sealed = box.seal("s3cret");
        int at = sealed.length() - 5;
        String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        assertThrows(IllegalStateException.class, () -> box.open(altered));
        IllegalStateException foreign = assertThrows(IllegalStateException.class,
                () -> SecretBox.of(Optional.of(OTHER), List.of()).open(sealed));
        assertTrue(foreign.getMessage().contains("BBB_SECRET_KEYS_RETIRED"), foreign.getMessage());
    }

    @Test
    void aKeyThatIsNot256BitsOfBase64IsRefusedWithHowToMakeOne() {
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> SecretBox.of(Optional.of("c2hvcnQ="), List.of()).seal("x"));
        assertTrue(shortKey.getMessage().contains("openssl rand -base64 32"), shortKey.getMessage());
        assertThrows(IllegalStateException.class, () -> SecretBox.of(Optional.of("not base64!"), List.of()).hasKey());
    }
}

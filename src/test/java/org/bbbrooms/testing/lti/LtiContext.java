package org.bbbrooms.testing.lti;

import java.util.Objects;

/**
 * A course of the emulated LMS (the LTI context claim and NRPS's context). Ids appear in the emulator's URLs, so
 * they are letters, digits, dots, dashes and underscores.
 */
public record LtiContext(String id, String title, String label) {

    public LtiContext {
        Roster.requireId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
    }
}

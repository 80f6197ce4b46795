package org.bbbrooms.bbb;

/**
 * The shared secret of a BigBlueButton server (its {@code securitySalt}), wrapped so that it cannot end up
 * in a log line, an exception message or a {@code toString()} by accident: only this package reads it.
 * <pre>{@code Secret secret = Secret.of(settings.bbbSecret());}</pre>
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a shared secret, without the white space that copying it from a terminal often adds.
     *
     * @throws IllegalArgumentException when the secret is missing or blank
     */
    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The BBB shared secret is empty: copy it from the output of "
                    + "'bbb-conf --secret' on the BBB server (or from your Scalelite or hosting provider)");
        }
        return new Secret(value.strip());
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "Secret[******]";
    }
}

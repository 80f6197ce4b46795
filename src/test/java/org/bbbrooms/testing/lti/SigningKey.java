package org.bbbrooms.testing.lti;

/**
 * How the emulator signs an id_token, for tests of a tool's refusals ({@link Launch#signedWith(SigningKey)}).
 */
public enum SigningKey {
    /** RS256 with the platform key published at {@code /jwks}: what a real platform does. */
    PLATFORM,
    /** RS256 with a second key that is never published, under the published key's kid: a forged token. */
    UNPUBLISHED,
    /** RS256 with the published key but a kid that the JWKS does not list. */
    UNKNOWN_KID,
    /** No signature at all ({@code alg: none}, RFC 7519 §6). */
    NONE
}

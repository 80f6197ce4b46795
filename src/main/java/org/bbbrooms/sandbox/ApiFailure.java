package org.bbbrooms.sandbox;

/**
 * A BBB API error: answered as HTTP 200 with returncode FAILED, BBB's {@code messageKey} and a message.
 *
 * <p>Why an exception: validation stops at the first problem, as bbb-web does, wherever in a call it is found.
 * Messages never carry the secret or a checksum.
 */
final class ApiFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    ApiFailure(String key, String message) {
        super(message, null, false, false);
        this.key = key;
    }

    String key() {
        return key;
    }

    static ApiFailure checksum() {
        return new ApiFailure("checksumError", "Checksums do not match");
    }

    static ApiFailure meetingNotFound() {
        return new ApiFailure("notFound", "A meeting with that ID does not exist");
    }

    static ApiFailure recordingsNotFound() {
        return new ApiFailure("notFound", "We could not find recordings");
    }
}

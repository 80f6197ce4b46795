package org.bbbrooms.sandbox;

/**
 * What became of the sandbox's download of a presentation given by URL, as BBB downloads it after create: pending,
 * fetched (HTTP 200: its size and content type) or failed (the HTTP status, or 0 when nothing answered). An
 * embedded document needs no download.
 *
 * @param state {@code pending}, {@code fetched}, {@code failed} or {@code embedded}
 */
record DocumentFetch(String state, int status, long bytes, String contentType) {

    static final DocumentFetch PENDING = new DocumentFetch("pending", 0, 0, "");
    static final DocumentFetch EMBEDDED = new DocumentFetch("embedded", 0, 0, "");

    static DocumentFetch answered(int status, byte[] body, String contentType) {
        return status == 200 ? new DocumentFetch("fetched", status, body.length, contentType)
                : new DocumentFetch("failed", status, 0, "");
    }

    static DocumentFetch unreachable() {
        return new DocumentFetch("failed", 0, 0, "");
    }
}

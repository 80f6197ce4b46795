package org.bbbrooms.bbb;

/**
 * What {@code publishRecordings} answers: whether BBB reports the recordings as published.
 * <pre>{@code boolean done = client.publishRecordings(ids, true).published();}</pre>
 */
public record PublishRecordingsResponse(boolean published) {

    static PublishRecordingsResponse fromXml(XmlElement root) {
        return new PublishRecordingsResponse(root.bool("published"));
    }
}

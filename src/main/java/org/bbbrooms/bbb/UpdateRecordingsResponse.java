package org.bbbrooms.bbb;

/**
 * What {@code updateRecordings} answers: whether BBB reports the recordings as updated.
 * <pre>{@code boolean done = client.updateRecordings(ids, meta).updated();}</pre>
 */
public record UpdateRecordingsResponse(boolean updated) {

    static UpdateRecordingsResponse fromXml(XmlElement root) {
        return new UpdateRecordingsResponse(root.bool("updated"));
    }
}

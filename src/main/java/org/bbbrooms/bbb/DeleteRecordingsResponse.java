package org.bbbrooms.bbb;

/**
 * What {@code deleteRecordings} answers: whether BBB reports the recordings as deleted.
 * <pre>{@code boolean done = client.deleteRecordings(ids).deleted();}</pre>
 */
public record DeleteRecordingsResponse(boolean deleted) {

    static DeleteRecordingsResponse fromXml(XmlElement root) {
        return new DeleteRecordingsResponse(root.bool("deleted"));
    }
}

package org.bbbrooms.bbb;

import java.util.List;
import java.util.Optional;

/**
 * One page of getRecordings. {@code totalElements} is sent by BBB 2.6+ when paging, so that the caller knows
 * whether more pages follow; with no recordings ({@code noRecordings}) the list is empty.
 * <pre>{@code if (page.hasMoreAfter(offset)) offset += page.recordings().size();}</pre>
 */
public record RecordingsPage(List<Recording> recordings, Optional<Long> totalElements) {

    static RecordingsPage fromXml(XmlElement root) {
        return new RecordingsPage(root.list("recordings", "recording").stream().map(Recording::fromXml).toList(),
                root.optionalNumber("totalElements"));
    }

    /** Whether the server reported more recordings than this page and the {@code offset} before it hold. */
    public boolean hasMoreAfter(int offset) {
        return totalElements.filter(total -> offset + recordings.size() < total).isPresent();
    }
}

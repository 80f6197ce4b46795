package org.bbbrooms.recording;

import java.io.Serializable;
import java.util.List;

/**
 * A room's recordings as one user may see them, newest first: all of them for those who manage them, else only the
 * published and unhidden ones. {@code pending} says that a recording is on its way (one processing, or a recorded
 * meeting just ended), so that the page looks again by itself until it is there.
 * <p>Use in a page: {@code <ui:repeat value="#{list.recordings()}" var="r">}.
 */
public record RoomRecordings(String publicId, String roomName, boolean mayManage, boolean pending, List<RecordingView> recordings)
        implements Serializable {

    public RoomRecordings {
        recordings = List.copyOf(recordings);
    }
}

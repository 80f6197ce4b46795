package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The meeting gauges count the portal's open meetings, and of those what the status cache last heard running. */
class MeetingFiguresTest {

    private static MeetingState running(int participants) {
        return new MeetingState(MeetingState.Kind.RUNNING, participants, Optional.empty(), List.of());
    }

    @Test
    void openMeetingsWithTheParticipantsOfThoseBbbLastSaidWereRunning() {
        Map<String, MeetingState> heard = Map.of("a", running(12), "b", running(3), "c", MeetingState.WAITING_FOR_USERS,
                "closed-elsewhere", running(40));
        MeetingFigures figures = MeetingFigures.of(List.of("a", "b", "c", "never-asked"),
                id -> Optional.ofNullable(heard.get(id)));
        assertEquals(new MeetingFigures(4, 2, 15), figures,
                "a meeting no longer open does not count, whatever BBB said");
    }

    @Test
    void noOpenMeetingNoFigures() {
        assertEquals(MeetingFigures.NONE, MeetingFigures.of(List.of(), id -> Optional.of(running(5))));
    }
}

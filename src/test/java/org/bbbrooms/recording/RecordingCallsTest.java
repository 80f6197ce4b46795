package org.bbbrooms.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bbbrooms.identity.Actor;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a room with 50 recordings costs in BBB calls, counted by the sandbox: bringing them in costs one
 * getRecordings (the background sync or a teacher's refresh ask for the 50 meetings at once), and listing them,
 * however often and by whomever, costs none.
 */
class RecordingCallsTest {

    private static final int RECORDINGS = 50;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRoomWith50RecordingsListsThemWithoutCallingBbbAndSyncsThemInOneCall(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.onOwnDatabase(db)) {
            RecordingFixture.Lesson lesson = f.lesson();
            Actor teacher = lesson.teacher();
            Actor student = lesson.student();
            String room = lesson.room();
            for (int i = 0; i < RECORDINGS; i++) {
                f.record(teacher, room);
            }
            f.process();

            long before = total(f);
            long fetchesBefore = f.calls("getRecordings");
            assertEquals(new SyncCounts(RECORDINGS, 0, 0), f.background().runOnce());
            assertEquals(1, total(f) - before, "the background sync: one call for the 50 meetings");
            assertEquals(1, f.calls("getRecordings") - fetchesBefore, "a getRecordings");

            long listed = total(f);
            for (int i = 0; i < 3; i++) {
                assertEquals(RECORDINGS, f.recordings().ofRoom(teacher, room).recordings().size());
                assertEquals(RECORDINGS, f.recordings().ofRoom(student, room).recordings().size());
            }
            assertEquals(0, total(f) - listed, "listing 50 recordings six times: no BBB call");

            long refreshed = f.calls("getRecordings");
            assertEquals(RECORDINGS, f.recordings().refresh(teacher, room).recordings().size());
            assertEquals(1, f.calls("getRecordings") - refreshed, "a teacher's refresh: one call");
        }
    }

    private static long total(RecordingFixture f) {
        return f.rooms.sandbox.callCounts().values().stream().mapToLong(Long::longValue).sum();
    }
}

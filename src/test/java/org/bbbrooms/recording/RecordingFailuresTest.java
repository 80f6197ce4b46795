package org.bbbrooms.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bbbrooms.bbb.GetRecordingsRequest;
import org.bbbrooms.bbb.RecordingState;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.sandbox.FaultMode;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * When BBB refuses a delete, a publish or a rename, answers garbage, or cannot be reached, the teacher is told
 * why (with BBB's own message when it refused) and nothing changes, neither here nor on the server.
 */
class RecordingFailuresTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedDeleteOrPublishSaysWhyAndChangesNothing(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.on(db)) {
            RecordingFixture.Lesson lesson = f.lesson();
            Course course = lesson.course();
            Actor teacher = lesson.teacher();
            String room = lesson.room();
            f.record(teacher, room);
            f.process();
            String recording = f.recordings().refresh(teacher, room).recordings().get(0).recordId();
            Map<String, Long> before = versions(f, room);

            List<String> calls = List.of("deleteRecordings", "publishRecordings", "updateRecordings");
            for (String call : calls) {
                f.rooms.sandbox.injectFault(call, FaultMode.BAD_GATEWAY, 1, Duration.ZERO);
                assertEquals("recording.server.badAnswer", fails(f, teacher, call, recording).key(), call);
            }
            f.rooms.settings.set(Setting.SERVER_URL, RoomFixture.nowhere() + "/bigbluebutton");
            for (String call : calls) {
                assertEquals("recording.server.unreachable", fails(f, teacher, call, recording).key(), call);
            }
            f.rooms.settings.set(Setting.SERVER_URL, f.rooms.bbbUrl());
            f.rooms.settings.set(Setting.SERVER_SECRET, "not-the-shared-secret");
            for (String call : calls) {
                BusinessException refused = fails(f, teacher, call, recording);
                assertEquals("recording.server.refused", refused.key(), call);
                assertTrue(refused.args()[0].toString().contains("checksumError"), "BBB's own words: " + refused.args()[0]);
            }
            assertEquals("recording.server.refused", assertThrows(BusinessException.class,
                    () -> f.recordings().refresh(teacher, room)).key(), "a refresh fails the same way");
            f.rooms.settings.set(Setting.SERVER_SECRET, RoomFixture.SECRET);

            assertEquals(before, versions(f, room), "nothing changed here");
            RecordingView kept = f.recordings().ofRoom(teacher, room).recordings().get(0);
            assertEquals(RecordingStatus.PUBLISHED, kept.status());
            assertEquals(course.getTitle(), kept.name());
            assertEquals(List.of("published"), f.rooms.settings.connection().client().getRecordings(
                    GetRecordingsRequest.builder().recordIDs(List.of(recording)).state(RecordingState.ANY).build())
                    .recordings().stream().map(org.bbbrooms.bbb.Recording::state).toList(), "nor on the server");

            f.recordings().delete(teacher, recording);
            assertEquals(List.of(), f.stored(room), "once BBB answers, the delete goes through");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRecordingStillProcessingCannotBePublishedAndABadNameIsRefused(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.on(db)) {
            RecordingFixture.Lesson lesson = f.lesson();
            Actor teacher = lesson.teacher();
            String room = lesson.room();
            f.record(teacher, room);
            String recording = f.recordings().refresh(teacher, room).recordings().get(0).recordId();
            long calls = f.calls("publishRecordings");

            assertEquals("recording.processing", assertThrows(BusinessException.class,
                    () -> f.recordings().publish(teacher, recording, false)).key());
            assertEquals(calls, f.calls("publishRecordings"), "BBB was not asked");
            assertEquals("recording.name.required", assertThrows(BusinessException.class,
                    () -> f.recordings().rename(teacher, recording, "   ", "")).key());
            assertEquals("recording.name.tooLong", assertThrows(BusinessException.class,
                    () -> f.recordings().rename(teacher, recording, "x".repeat(257), "")).key());
            assertEquals("recording.description.tooLong", assertThrows(BusinessException.class,
                    () -> f.recordings().rename(teacher, recording, "Fine", "x".repeat(2001))).key());
            assertEquals(0, f.calls("updateRecordings"));
        }
    }

    private static BusinessException fails(RecordingFixture f, Actor teacher, String call, String recording) {
        RecordingService service = f.recordings();
        return assertThrows(BusinessException.class, () -> {
            switch (call) {
                case "deleteRecordings" -> service.delete(teacher, recording);
                case "publishRecordings" -> service.publish(teacher, recording, false);
                default -> service.rename(teacher, recording, "Another name", "A description");
            }
        }, call);
    }

    private static Map<String, Long> versions(RecordingFixture f, String room) {
        return f.stored(room).stream().collect(Collectors.toMap(Recording::getRecordId, Recording::getVersion));
    }
}

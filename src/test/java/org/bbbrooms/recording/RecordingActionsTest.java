package org.bbbrooms.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bbbrooms.audit.AuditLogs;
import org.bbbrooms.bbb.GetRecordingsRequest;
import org.bbbrooms.bbb.Recording;
import org.bbbrooms.bbb.RecordingState;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each action does, on the server and here: unpublish and publish change BBB's state (an unpublished
 * recording has no playback link for anyone), hiding is local only, renaming sets {@code meta_name} and
 * {@code meta_description} on the server so that later syncs keep them, and deleting removes it on both sides.
 */
class RecordingActionsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachActionChangesTheServerOrOnlyThePortalAsItShould(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.on(db)) {
            RecordingFixture.Lesson lesson = f.lesson();
            Actor teacher = lesson.teacher();
            Actor student = lesson.student();
            String room = lesson.room();
            f.record(teacher, room);
            f.process();
            RecordingView recording = f.recordings().refresh(teacher, room).recordings().get(0);
            String id = recording.recordId();
            assertEquals(server(f, id).formats().get(0).url().toString(), recording.playbackUrl(), "the link to copy");

            f.recordings().publish(teacher, id, false);
            assertEquals("unpublished", server(f, id).state());
            RecordingView unpublished = f.recordings().ofRoom(teacher, room).recordings().get(0);
            assertFalse(unpublished.playable(), "no playback link for anyone, teachers included");
            assertEquals(List.of(), f.recordings().ofRoom(student, room).recordings());
            f.recordings().publish(teacher, id, true);
            assertEquals("published", server(f, id).state());

            f.recordings().hide(teacher, id, true);
            assertEquals("published", server(f, id).state(), "hiding is ours alone");
            assertEquals(List.of(), f.recordings().ofRoom(student, room).recordings());
            assertTrue(f.recordings().ofRoom(teacher, room).recordings().get(0).hidden());
            f.recordings().hide(teacher, id, false);
            assertEquals(1, f.recordings().ofRoom(student, room).recordings().size());

            f.recordings().rename(teacher, id, "  Lesson 1: limits  ", "Chapter 2, with exercises");
            assertEquals("Lesson 1: limits", server(f, id).metadata().get("name"));
            assertEquals("Chapter 2, with exercises", server(f, id).metadata().get("description"));
            RecordingView renamed = f.recordings().refresh(teacher, room).recordings().get(0);
            assertEquals("Lesson 1: limits", renamed.name(), "a sync keeps the new name");
            assertEquals("Chapter 2, with exercises", f.recordings().ofRoom(student, room).recordings().get(0)
                    .description());
            f.recordings().rename(teacher, id, "Lesson 1", " ");
            assertFalse(server(f, id).metadata().containsKey("description"), "a blank description removes it");
            assertEquals("", f.recordings().refresh(teacher, room).recordings().get(0).description());

            f.recordings().delete(teacher, id);
            assertEquals("deleted", server(f, id).state());
            assertEquals(List.of(), f.recordings().ofRoom(teacher, room).recordings());

            assertEquals(List.of("RECORDING_DELETED Lesson 1", "RECORDING_PUBLISHED " + recording.name(),
                    "RECORDING_UNPUBLISHED " + recording.name()), AuditLogs.of(f.rooms.jpa,
                            AuditLogs.by(teacher.username())).stream()
                            .filter(e -> e.getAction().name().startsWith("RECORDING_"))
                            .filter(e -> e.getDetails().orElseThrow().equals(id))
                            .map(e -> e.getAction() + " " + e.getTarget()).toList(),
                    "publishing, unpublishing and deleting are in the audit log, newest first");
        }
    }

    private static Recording server(RecordingFixture f, String recordId) {
        return f.rooms.settings.connection().client().getRecordings(GetRecordingsRequest.builder()
                .recordIDs(List.of(recordId)).state(RecordingState.ANY).build()).recordings().get(0);
    }
}

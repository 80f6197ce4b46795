package org.bbbrooms.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The background sync, on each database, against the sandbox: recordings that the sandbox leaves appear in the
 * local table without any page asking BBB, processing first and published once processed; syncing again changes
 * nothing; a recording deleted on the server disappears; and paging works whether the server pages or, like
 * Scalelite (the sandbox in Scalelite mode), ignores paging and refuses unfiltered calls.
 */
class RecordingSyncTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordingsLeftByTheSandboxAppearWithoutAPageCallingBbb(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.onOwnDatabase(db)) {
            RecordingFixture.Lesson lesson = f.lesson();
            Course course = lesson.course();
            Actor teacher = lesson.teacher();
            Actor student = lesson.student();
            String room = lesson.room();
            String first = f.record(teacher, room);
            String second = f.record(teacher, room);
            assertTrue(f.recordings().ofRoom(teacher, room).pending(), "recorded meetings ended: recordings are due");
            List<String> ready = new CopyOnWriteArrayList<>();
            f.store.ready.observe(event -> ready.add(event.recordId()));

            assertEquals(new SyncCounts(2, 0, 0), f.background().runOnce());
            long callsAfterSync = f.calls("getRecordings");
            RoomRecordings processing = f.recordings().ofRoom(teacher, room);
            assertEquals(2, processing.recordings().size());
            assertTrue(processing.recordings().stream().allMatch(r -> r.status() == RecordingStatus.PROCESSING
                    && !r.playable() && r.playbackUrl().isEmpty()), "processing: shown as such, no link");
            assertTrue(processing.pending());
            assertEquals(List.of(), ready, "nothing playable yet");
            assertEquals(List.of(), f.recordings().ofRoom(student, room).recordings(), "students: nothing yet");

            f.process();
            assertEquals(new SyncCounts(0, 2, 0), f.background().runOnce());
            RoomRecordings published = f.recordings().ofRoom(student, room);
            assertEquals(Set.of(first, second), published.recordings().stream()
                    .map(r -> f.store.byRecordId(r.recordId()).orElseThrow().getMeeting().getBbbMeetingId())
                    .collect(Collectors.toSet()));
            assertTrue(published.recordings().stream().allMatch(r -> r.status() == RecordingStatus.PUBLISHED
                    && r.formats().size() == 2 && r.playbackUrl().contains("/playback/presentation/")));
            assertFalse(published.pending(), "nothing more to wait for");
            assertEquals(published.recordings().stream().map(RecordingView::recordId).sorted().toList(),
                    ready.stream().sorted().toList(), "each recording announced ready once");
            assertEquals(course.getTitle(), published.recordings().get(0).name());
            assertEquals(callsAfterSync + 1, f.calls("getRecordings"), "listing asked BBB nothing; the sync once");

            Map<String, Long> versions = versions(f, room);
            assertEquals(SyncCounts.NONE, f.background().runOnce(), "a second run finds everything as it was");
            assertEquals(versions, versions(f, room), "and writes nothing");
            assertEquals(2, ready.size(), "nor announces anything again");

            String gone = published.recordings().get(0).recordId();
            f.rooms.settings.connection().client().deleteRecordings(List.of(gone));
            assertEquals(new SyncCounts(0, 0, 1), f.background().runOnce(), "deleted on the server");
            assertEquals(List.of(published.recordings().get(1).recordId()),
                    f.recordings().ofRoom(student, room).recordings().stream().map(RecordingView::recordId).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aServerThatPagesIsReadPageByPageAndATeachersRefreshSyncsTheRoom(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.onOwnDatabase(db)) {
            RecordingFixture.Lesson lesson = f.lesson();
            Actor teacher = lesson.teacher();
            String room = lesson.room();
            for (int i = 0; i < 5; i++) {
                f.record(teacher, room);
            }
            RecordingService service = f.recordings();
            service.sync.pageSize = 2;
            long before = f.calls("getRecordings");

            RoomRecordings refreshed = service.refresh(teacher, room);
            assertEquals(5, refreshed.recordings().size());
            assertEquals(before + 3, f.calls("getRecordings"), "5 recordings in pages of 2: offsets 0, 2 and 4");
            assertEquals(5, f.stored(room).size());
            assertEquals(SyncCounts.NONE, f.background().runOnce());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void behindScaleliteWhichIgnoresPagingAndRefusesUnfilteredCallsEveryRecordingIsSyncedOnce(TestDatabase db) {
        try (RecordingFixture f = RecordingFixture.onOwnDatabase(db, SandboxMode.SCALELITE)) {
            RecordingFixture.Lesson lesson = f.lesson();
            f.record(lesson.teacher(), lesson.room());
            f.record(lesson.teacher(), lesson.room());
            RecordingService service = f.recordings();
            service.sync.pageSize = 2;
            long before = f.calls("getRecordings");

            assertEquals(2, service.refresh(lesson.teacher(), lesson.room()).recordings().size());
            assertEquals(before + 2, f.calls("getRecordings"), "a full page of new ones, then the same again: done");
            for (int i = 0; i < 3; i++) {
                f.record(lesson.teacher(), lesson.room());
            }
            assertEquals(5, service.refresh(lesson.teacher(), lesson.room()).recordings().size());
            assertEquals(before + 3, f.calls("getRecordings"), "five answers to a limit of two: that was all of them");
            f.process();
            assertEquals(new SyncCounts(0, 5, 0), f.background().runOnce());
            String gone = f.stored(lesson.room()).get(0).getRecordId();
            f.rooms.settings.connection().client().deleteRecordings(List.of(gone));
            assertEquals(new SyncCounts(0, 0, 1), f.background().runOnce(), "deleted behind Scalelite");
            assertEquals(4, f.stored(lesson.room()).size());
        }
    }

    private static Map<String, Long> versions(RecordingFixture f, String room) {
        return f.stored(room).stream().collect(Collectors.toMap(Recording::getRecordId, Recording::getVersion));
    }
}

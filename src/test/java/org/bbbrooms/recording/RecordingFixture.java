package org.bbbrooms.recording;

import java.net.URI;
import java.util.List;
import org.bbbrooms.audit.AuditLogs;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.testing.TestDatabase;

/**
 * Recordings wired by hand over a {@link RoomFixture} (real database, real sandbox over HTTP, real BBB client), with
 * recording on by default. {@link #record} leaves a recording in the sandbox as a teacher would: start, someone
 * joins, end; it stays processing until {@link #process()}. {@link #background()} is the one background sync of the
 * portal (it remembers where its rotation is).
 * <p>Use: {@code try (RecordingFixture f = RecordingFixture.on(db)) { f.record(teacher, room); ... }}
 */
public final class RecordingFixture implements AutoCloseable {

    public final RoomFixture rooms;
    final TxRecordingStore store;
    private final BackgroundSync background = new BackgroundSync();

    private RecordingFixture(RoomFixture rooms) {
        this.rooms = rooms;
        this.store = new TxRecordingStore(rooms.jpa);
        rooms.settings.set(Setting.RECORD_BY_DEFAULT, "true");
        background.store = store;
        background.sync = sync();
        background.recentHours = 24;
    }

    public static RecordingFixture on(TestDatabase db) {
        return new RecordingFixture(RoomFixture.on(db));
    }

    /** A fixture on a database of its own, for the background sync, which works across the platform. */
    public static RecordingFixture onOwnDatabase(TestDatabase db) {
        return new RecordingFixture(RoomFixture.onOwnDatabase(db, RoomFixture.nowhere()));
    }

    /** The same, with the sandbox standing in for one BBB server or for Scalelite. */
    public static RecordingFixture onOwnDatabase(TestDatabase db, SandboxMode mode) {
        return new RecordingFixture(RoomFixture.onOwnDatabase(db, RoomFixture.nowhere(), mode));
    }

    /** A fixture whose portal, for BBB's callbacks, is at the given address. */
    public static RecordingFixture on(TestDatabase db, String publicUrl) {
        return new RecordingFixture(RoomFixture.on(db, publicUrl));
    }

    /** A new course with a teacher and a student, and its room as the teacher first sees it. */
    public Lesson lesson() {
        Course course = rooms.course();
        Actor teacher = rooms.member(course, CourseRole.TEACHER);
        return new Lesson(course, teacher, rooms.member(course, CourseRole.STUDENT), rooms.courseRoom(course, teacher));
    }

    /** A course, its teacher, one of its students, and the public id of its room. */
    public record Lesson(Course course, Actor teacher, Actor student, String room) {
    }

    /** A RecordingService as one request sees it. */
    public RecordingService recordings() {
        RecordingService service = new RecordingService();
        service.store = store;
        service.sync = sync();
        service.access = access();
        service.rooms = rooms.store();
        service.contexts = rooms.contexts();
        service.connection = rooms.settings.connection();
        service.pendingMinutes = 15;
        service.audit = AuditLogs.joining();
        return service;
    }

    /** BBB's recording-ready callback, as the REST resource calls it. */
    public ReadyCallback readyCallback() {
        ReadyCallback callback = new ReadyCallback();
        callback.store = store;
        callback.sync = sync();
        callback.connection = rooms.settings.connection();
        return callback;
    }

    public RecordingAccess access() {
        RecordingAccess access = new RecordingAccess();
        access.contexts = rooms.contexts();
        return access;
    }

    public RecordingSync sync() {
        RecordingSync sync = new RecordingSync();
        sync.store = store;
        sync.connection = rooms.settings.connection();
        return sync;
    }

    public BackgroundSync background() {
        return background;
    }

    /** What deleting a course does to its recordings. */
    public CourseRetention retention() {
        CourseRetention retention = new CourseRetention();
        retention.settings = rooms.settings.settings();
        retention.store = store;
        retention.sync = sync();
        retention.connection = rooms.settings.connection();
        return retention;
    }

    /** A recorded meeting in the room: the host starts it, joins, and ends it; returns its BBB meeting id. */
    public String record(Actor host, String publicId) {
        URI link = rooms.rooms().start(host, publicId, "/");
        rooms.follow(link);
        rooms.rooms().end(host, publicId);
        return RoomFixture.param(link, "meetingID");
    }

    /** The sandbox finishes processing every recording: they are published (and their ready callbacks go out). */
    public void process() {
        rooms.sandbox.sweep();
    }

    /** How many calls of this API the sandbox received. */
    public long calls(String call) {
        return rooms.calls(call);
    }

    /** The room's recordings as the database has them now, newest first. */
    public List<Recording> stored(String publicId) {
        long roomId = rooms.store().roomByPublicId(publicId).orElseThrow().getId();
        return store.ofRoom(roomId);
    }

    @Override
    public void close() {
        rooms.close();
    }
}

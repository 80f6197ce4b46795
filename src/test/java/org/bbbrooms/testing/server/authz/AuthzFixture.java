package org.bbbrooms.testing.server.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bbbrooms.attendance.ReportPeriod;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.bbb.BbbClient;
import org.bbbrooms.bbb.CreateMeetingRequest;
import org.bbbrooms.bbb.CreateMeetingResponse;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.bbb.JoinRequest;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.recording.RecordingService;
import org.bbbrooms.recording.RecordingStore;
import org.bbbrooms.recording.RecordingSync;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.sandbox.SandboxServer;
import org.bbbrooms.sandbox.SandboxService;
import org.bbbrooms.testing.server.SuiteClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the world of the authorization matrix once: the personas ({@link AuthzWorld#people}), one room of each
 * {@link RoomKind}, and for each room {@value #RECORDINGS} past meetings with attendance and a recording that the
 * sandbox really holds (created, joined and ended there, then processed by moving the clock once), brought into the
 * portal by one recording sync.
 * <p>Use: {@code Fixture fixture = fixtures.build();}, {@code fixtures.find(fixture.id())} on later requests, and
 * {@code fixtures.tearDown(fixture.id())} at the end.
 */
@ApplicationScoped
public class AuthzFixture {

    /** Recording 0 for publishing; one per signed-in persona to delete. */
    static final int RECORDINGS = Persona.values().length;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    AuthzWorld world;

    @Inject
    RoomService rooms;

    @Inject
    RoomStates states;

    @Inject
    CourseService courses;

    @Inject
    ReportService reports;

    @Inject
    BbbConnection connection;

    @Inject
    RecordingSync recordings;

    @Inject
    RecordingStore recordingStore;

    @Inject
    RecordingService recordingService;

    @Inject
    SandboxService sandbox;

    @Inject
    SuiteClock clock;

    @Inject
    @ConfigProperty(name = "BBB_SANDBOX_RECORDING_SECONDS", defaultValue = "10")
    long recordingSeconds;

    private final Map<String, Fixture> built = new ConcurrentHashMap<>();

    public Optional<Fixture> find(String id) {
        return Optional.ofNullable(built.get(id));
    }

    /** Leaves no meeting running, and nothing of the fixture in the platform room, which other tests share. */
    public void tearDown(String id) {
        Optional.ofNullable(built.remove(id)).ifPresent(fixture -> {
            fixture.rooms().forEach((kind, room) -> states.idle(room.publicId(), fixture.actor(kind.host())));
            fixture.room(RoomKind.PLATFORM).recordIds().stream()
                    .filter(recordId -> recordingStore.byRecordId(recordId).isPresent())
                    .forEach(recordId -> recordingService.delete(fixture.actor(Persona.ADMIN), recordId));
        });
    }

    public Fixture build() {
        AuthzWorld.People people = world.people();
        Map<Persona, Actor> actors = new EnumMap<>(Persona.class);
        people.personas().forEach((persona, user) -> actors.put(persona, Actor.of(user)));
        Map<RoomKind, String> publicIds = new EnumMap<>(RoomKind.class);
        Map<RoomKind, List<Meeting>> meetings = new EnumMap<>(RoomKind.class);
        List<Meeting> all = new ArrayList<>();
        for (RoomKind kind : RoomKind.values()) {
            Actor host = actors.get(kind.host());
            String publicId = publicId(kind, people, actors);
            states.idle(publicId, host);
            List<Meeting> past = world.pastMeetings(publicId, host.userId(), RECORDINGS);
            past.forEach(this::recordedInSandbox);
            publicIds.put(kind, publicId);
            meetings.put(kind, past);
            all.addAll(past);
        }
        clock.advance(Duration.ofSeconds(recordingSeconds + 1));
        sandbox.server().ifPresent(SandboxServer::sweep);
        recordings.sync(all);
        Map<RoomKind, Fixture.Room> shown = new EnumMap<>(RoomKind.class);
        publicIds.forEach((kind, publicId) -> shown.put(kind, room(kind, publicId, people, meetings.get(kind))));
        LocalDate today = LocalDate.now(clock.withZone(reports.zone()));
        Fixture fixture = new Fixture(UUID.randomUUID().toString(), actors, shown, Actor.of(people.victim()),
                new ReportPeriod(today.minusDays(1), today.plusDays(1), reports.zone()));
        built.put(fixture.id(), fixture);
        return fixture;
    }

    private String publicId(RoomKind kind, AuthzWorld.People people, Map<Persona, Actor> actors) {
        Actor teacher = actors.get(Persona.TEACHER);
        return switch (kind) {
            case COURSE -> rooms.courseRoom(teacher, people.course()).publicId();
            case NAMED -> rooms.addNamedRoom(teacher, people.course(), "Office hours").publicId();
            case GROUP -> rooms.groupRoom(teacher, people.group()).publicId();
            case STUDENT_LED_GROUP -> rooms.groupRoom(teacher, people.studentLedGroup()).publicId();
            case PLATFORM -> rooms.platformRoom(actors.get(Persona.ADMIN)).publicId();
            case STUDENT_PERSONAL -> rooms.personalRoom(actors.get(Persona.STUDENT)).publicId();
            case TEACHER_PERSONAL -> rooms.personalRoom(teacher).publicId();
        };
    }

    private Fixture.Room room(RoomKind kind, String publicId, AuthzWorld.People people, List<Meeting> past) {
        List<Long> meetingIds = past.stream().map(Meeting::getId).toList();
        List<String> recordIds = world.recordIds(meetingIds);
        if (recordIds.size() != RECORDINGS) {
            throw new IllegalStateException(kind + ": the sync brought " + recordIds.size() + " recordings, not "
                    + RECORDINGS);
        }
        Optional<Course> course = switch (kind) {
            case COURSE, NAMED, GROUP -> courses.find(people.course());
            case STUDENT_LED_GROUP -> courses.find(people.studentLedCourse());
            case PLATFORM, STUDENT_PERSONAL, TEACHER_PERSONAL -> Optional.empty();
        };
        return new Fixture.Room(publicId, course.map(Course::getId), course.map(Course::getCode), meetingIds,
                recordIds);
    }

    /** The meeting as BBB had it: created with recording on, joined by its host, ended; its recording processes. */
    private void recordedInSandbox(Meeting meeting) {
        BbbClient bbb = connection.client();
        String id = meeting.getBbbMeetingId();
        CreateMeetingResponse created = bbb.create(CreateMeetingRequest.builder().meetingID(id)
                .name("Authorization matrix").record(true).build());
        URI join = bbb.joinUrl(JoinRequest.builder().meetingID(id).fullName("Host").userID("authz-host")
                .role(Role.MODERATOR).createTime(created.createTime()).build());
        try {
            HTTP.send(HttpRequest.newBuilder(join).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        bbb.end(EndRequest.of(id));
        world.created(meeting.getId(), created.internalMeetingID(), created.createTime());
    }
}

package org.bbbrooms.testing.server.authz;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.bbbrooms.attendance.ReportFilter;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.identity.csv.CsvImportService;
import org.bbbrooms.identity.csv.ImportKind;
import org.bbbrooms.identity.csv.ImportStatus;
import org.bbbrooms.identity.security.LoginThrottle;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.recording.RecordingService;
import org.bbbrooms.recording.RecordingStatus;
import org.bbbrooms.recording.RecordingStore;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.settings.CourseSettingsService;
import org.bbbrooms.settings.SettingsService;
import org.bbbrooms.testing.Await;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tries one cell of the authorization matrix: puts the room (or the victim) in the state the action starts from,
 * as its host or an admin would, then acts as the signed-in user through the service a page or the API calls, and
 * says what came of it. An action that returns counts as {@link Outcome#ALLOWED} only once its effect is seen.
 * <p>Use: {@code Result result = probe.act(fixture, Optional.of(RoomKind.GROUP), Act.START, activeUser.actor());}
 */
@ApplicationScoped
public class AuthzProbe {

    private static final String THROTTLED_FROM = "authz-matrix";

    @Inject
    RoomStates states;

    @Inject
    RoomService rooms;

    @Inject
    RecordingService recordings;

    @Inject
    RecordingStore recordingStore;

    @Inject
    ReportService reports;

    @Inject
    CourseSettingsService courseSettings;

    @Inject
    SettingsService settings;

    @Inject
    UserService users;

    @Inject
    CsvImportService imports;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuthzWorld world;

    @Inject
    PreparationProbe preparations;

    @Inject
    @ConfigProperty(name = "BBB_LOGIN_LOCKOUT_FAILURES", defaultValue = "10")
    int lockoutFailures;

    /** What came of a cell, and why (the refusal's key, or what went wrong). */
    public record Result(Outcome outcome, String detail) {
    }

    public Result act(Fixture fixture, Optional<RoomKind> kind, Act act, Actor actor) {
        Cell cell = new Cell(fixture, kind.map(fixture::room), kind.map(k -> fixture.actor(k.host())), act, actor);
        arrange(cell);
        try {
            return attempt(cell);
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    private void arrange(Cell cell) {
        Actor admin = cell.fixture().actor(Persona.ADMIN);
        switch (cell.act()) {
            case START, JOIN_BEFORE_START -> states.idle(cell.publicId(), cell.host().orElseThrow());
            case JOIN, END -> states.running(cell.publicId(), cell.host().orElseThrow());
            case SEE_RECORDINGS -> shown(admin, cell.published(), true, false);
            case SEE_HIDDEN_RECORDING -> shown(admin, cell.published(), true, true);
            case PUBLISH_RECORDING -> shown(admin, cell.published(), false, false);
            case UNPUBLISH_RECORDING -> shown(admin, cell.published(), true, false);
            case DEACTIVATE_USER -> world.setActive(cell.fixture().victim().userId(), true);
            case REACTIVATE_USER -> world.setActive(cell.fixture().victim().userId(), false);
            case LIFT_LOCKOUT -> {
                for (int i = 0; i < lockoutFailures; i++) {
                    throttle.failed(cell.fixture().victim().username(), THROTTLED_FROM);
                }
            }
            default -> {
            }
        }
    }

    private Result attempt(Cell cell) {
        if (cell.act().preparesRoom()) {
            return preparations.inRoom(cell.fixture(), cell.publicId(), cell.host().orElseThrow(), cell.act(),
                    cell.actor());
        }
        if (cell.act().ofCourseOrAdmin()) {
            return preparations.onPlatform(cell.fixture(), cell.act(), cell.actor());
        }
        Actor actor = cell.actor();
        String room = cell.room().map(Fixture.Room::publicId).orElse("");
        long victim = cell.fixture().victim().userId();
        return switch (cell.act()) {
            case START -> {
                rooms.start(actor, room, "/");
                yield seen(states.open(room).isPresent(), "no meeting opened");
            }
            case JOIN_BEFORE_START, JOIN -> role(rooms.join(actor, room, "/"));
            case END -> {
                rooms.end(actor, room);
                yield seen(states.open(room).isEmpty(), "the meeting is still open");
            }
            case SEE_RECORDINGS, SEE_HIDDEN_RECORDING -> {
                boolean listed = recordings.ofRoom(actor, room).recordings().stream()
                        .anyMatch(shown -> shown.recordId().equals(cell.published()));
                yield listed ? new Result(Outcome.ALLOWED, "listed") : new Result(Outcome.OMITTED, "not listed");
            }
            case PUBLISH_RECORDING -> {
                recordings.publish(actor, cell.published(), true);
                yield seen(status(cell.published()) == RecordingStatus.PUBLISHED, "still unpublished");
            }
            case UNPUBLISH_RECORDING -> {
                recordings.publish(actor, cell.published(), false);
                yield seen(status(cell.published()) == RecordingStatus.UNPUBLISHED, "still published");
            }
            case DELETE_RECORDING -> {
                String recordId = cell.inRoom().recordIds().get(cell.fixture().personaOf(actor).ordinal());
                recordings.delete(actor, recordId);
                yield seen(recordingStore.byRecordId(recordId).isEmpty(), "the recording is still listed");
            }
            case EXPORT_REPORT -> reportOn(cell);
            case CHANGE_SETTINGS -> {
                changeSettings(cell);
                yield new Result(Outcome.ALLOWED, "saved");
            }
            case CREATE_USER -> {
                String username = "authz-created-" + UUID.randomUUID().toString().substring(0, 8);
                users.create(new User(username, "Created " + username, username + "@suite.bbb-rooms.org",
                        PlatformRole.STUDENT), "created-password".toCharArray());
                yield seen(users.findByUsername(username).isPresent(), "no such user afterwards");
            }
            case IMPORT_USERS -> imported(actor);
            case DEACTIVATE_USER -> {
                users.setActive(victim, false, actor);
                yield seen(!world.isActive(victim), "still active");
            }
            case REACTIVATE_USER -> {
                users.setActive(victim, true, actor);
                yield seen(world.isActive(victim), "still inactive");
            }
            case LIFT_LOCKOUT -> {
                throttle.unlock(actor, cell.fixture().victim().username());
                yield seen(throttle.lockedUntil(cell.fixture().actor(Persona.ADMIN),
                        cell.fixture().victim().username()).isEmpty(), "still locked");
            }
            case SANDBOX_STATS, SANDBOX_FAULTS -> throw new IllegalArgumentException(cell.act() + " is HTTP only");
            default -> throw new IllegalArgumentException(cell.act() + " is PreparationProbe's");
        };
    }

    /** The room's past meetings in an export of its course (if any) and kind of room, or left out of it. */
    private Result reportOn(Cell cell) {
        ReportFilter filter = new ReportFilter(cell.fixture().period(), cell.inRoom().courseId(), Optional.empty(),
                Optional.empty());
        boolean listed = reports.export(cell.actor(), filter).participants().keySet().stream()
                .anyMatch(row -> cell.inRoom().meetingIds().contains(row.meetingId()));
        return listed ? new Result(Outcome.ALLOWED, "exported") : new Result(Outcome.OMITTED, "not in the export");
    }

    /** A room of a course follows the course's settings; the others follow the platform's. Saved unchanged. */
    private void changeSettings(Cell cell) {
        Optional<Long> course = cell.inRoom().courseId();
        if (course.isPresent()) {
            courseSettings.save(cell.actor(), courseSettings.forEditing(cell.actor(), course.get()));
        } else {
            settings.save(settings.current(), Optional.empty(), cell.actor());
        }
    }

    private Result imported(Actor actor) {
        String username = "authz-imported-" + UUID.randomUUID().toString().substring(0, 8);
        long job = imports.start(ImportKind.USERS, "authz.csv", new StringReader("username,displayName,email,role\n"
                + username + ",Imported " + username + "," + username + "@suite.bbb-rooms.org,STUDENT\n"), actor).id();
        Await.until(Duration.ofSeconds(30), () -> !imports.find(job).orElseThrow().running(), "the import ends");
        return seen(imports.find(job).orElseThrow().status() == ImportStatus.DONE
                && users.findByUsername(username).isPresent(), imports.problems(job).toString());
    }

    /** The recording published or not, hidden from students or not, as an admin makes it (BBB only if it must). */
    private void shown(Actor admin, String recordId, boolean published, boolean hidden) {
        if ((status(recordId) == RecordingStatus.PUBLISHED) != published) {
            recordings.publish(admin, recordId, published);
        }
        recordings.hide(admin, recordId, hidden);
    }

    private RecordingStatus status(String recordId) {
        return recordingStore.byRecordId(recordId).orElseThrow().getStatus();
    }

    private static Result role(URI joinLink) {
        String query = joinLink.getRawQuery();
        if (query.contains("role=MODERATOR")) {
            return new Result(Outcome.MODERATOR, "joined as moderator");
        }
        return query.contains("role=VIEWER") ? new Result(Outcome.VIEWER, "joined as viewer")
                : new Result(Outcome.FAILED, "a join link without a role");
    }

    static Result seen(boolean effect, String otherwise) {
        return effect ? new Result(Outcome.ALLOWED, "done") : new Result(Outcome.FAILED, "returned, but " + otherwise);
    }

    /**
     * The service's authorization exceptions are refusals; a join before the start is told so, and a room that the
     * action's page does not know; the rest failed.
     */
    private static Result refusal(RuntimeException thrown) {
        Throwable cause = thrown;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof AccessDeniedException denied) {
            return new Result(Outcome.DENIED, denied.key());
        }
        if (cause instanceof EJBAccessException) {
            return new Result(Outcome.DENIED, "EJBAccessException (@RolesAllowed)");
        }
        if (cause instanceof NotFoundException missing) {
            return new Result(Outcome.NOT_FOUND, missing.key());
        }
        if (cause instanceof BusinessException refused && refused.key().equals("room.notRunning")) {
            return new Result(Outcome.NOT_RUNNING, refused.key());
        }
        return new Result(Outcome.FAILED, cause.toString());
    }

    /** One cell: its fixture, room and host (for room actions), action and acting user. */
    private record Cell(Fixture fixture, Optional<Fixture.Room> room, Optional<Actor> host, Act act, Actor actor) {

        Fixture.Room inRoom() {
            return room.orElseThrow(() -> new IllegalArgumentException(act + " needs a room"));
        }

        String publicId() {
            return inRoom().publicId();
        }

        /** The recording that is published and unpublished. */
        String published() {
            return inRoom().recordIds().get(0);
        }
    }
}

package org.bbbrooms.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The BigBlueButton API emulator itself, free of any container: in-memory meetings and recordings, checksums checked
 * over the raw query string as bbb-web checks them, bbb-web's answers and error keys, the meeting life cycle and the
 * callbacks.
 *
 * <p>Why: the portal and the protocol client are tested end to end without a BBB server; the servlet and a JDK
 * HTTP server only carry requests to it (through {@link SandboxRouter}). Time is read from the given clock, and
 * {@link #sweep()} (run every second once {@link #start() started}) applies expiry and recording processing, so
 * tests drive the life cycle by moving the clock and calling {@code sweep()}.
 * <pre>{@code
 * SandboxServer server = new SandboxServer(settings, Clock.systemUTC(), scheduler, new CallbackSender(timeout));
 * server.start();
 * SandboxResponse r = server.api("create", "name=Maths&meetingID=m1&checksum=…", "", Optional.empty(),
 *         "http://localhost:8080/sandbox");
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

    /** The API calls the sandbox answers, besides the API root. */
    public static final Set<String> CALLS = Set.of("create", "join", "end", "isMeetingRunning", "getMeetingInfo",
            "getMeetings", "getRecordings", "publishRecordings", "deleteRecordings", "updateRecordings");
    /** The name under which calls of the API root are counted. */
    public static final String ROOT = "root";
    /** The name under which calls of the API root of the server behind Scalelite are counted. */
    public static final String SERVER_ROOT = "serverRoot";
    /** The longest a {@link FaultMode#HANG} may hold an answer back, so that no request thread is held for good. */
    static final Duration MAX_HANG = Duration.ofMinutes(5);

    private final SandboxSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Registry registry;
    private final MeetingCalls meetingCalls;
    private final RecordingCalls recordingCalls;
    private final ScaleliteFront scalelite;
    private final CallStats stats = new CallStats();
    private ScheduledFuture<?> sweeping;

    public SandboxServer(SandboxSettings settings, Clock clock, ScheduledExecutorService scheduler,
            CallbackSender callbacks) {
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.registry = new Registry(settings, new Callbacks(callbacks, settings.secret(),
                settings.mode() == SandboxMode.SCALELITE));
        this.meetingCalls = new MeetingCalls(registry, clock);
        this.recordingCalls = new RecordingCalls(registry);
        this.scalelite = new ScaleliteFront(registry, ChecksumAlgorithm.SHA256.hex("server" + settings.secret()),
                settings.serverTag());
    }

    private boolean behindScalelite() {
        return settings.mode() == SandboxMode.SCALELITE;
    }

    /** Runs {@link #sweep()} every second on the scheduler, until {@link #close()}. */
    public synchronized void start() {
        if (sweeping == null) {
            sweeping = scheduler.scheduleAtFixedRate(this::sweep, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (sweeping != null) {
            sweeping.cancel(false);
            sweeping = null;
        }
    }

    /**
     * Answers one API call.
     *
     * @param call the call name after {@code /api/}, or empty for the API root
     * @param rawQuery the query string exactly as received (without {@code ?}), or empty
     * @param body the request body, or empty; a {@code <modules>} document for {@code create}, or the parameters
     *        of a form POST that has no query string
     * @param contentType the request's content type, if any
     * @param sandboxUrl the absolute URL of the sandbox root, for conference and playback links
     */
    public SandboxResponse api(String call, String rawQuery, String body, Optional<String> contentType,
            String sandboxUrl) {
        boolean known = call.isEmpty() || CALLS.contains(call);
        String name = call.isEmpty() ? ROOT : known ? call : "unknown";
        stats.count(name);
        Optional<CallStats.Fault> fault = known ? stats.take(name) : Optional.empty();
        pause(settings.latency());
        Optional<SandboxResponse> broken = fault.flatMap(f -> faulty(name, f));
        if (broken.isPresent()) {
            return broken.get();
        }
        if (call.isEmpty()) {
            return SandboxResponse.xml(behindScalelite() ? new XmlResponse("SUCCESS").element("version", "2.0").build()
                    : bbbRoot());
        }
        if (!known) {
            return SandboxResponse.text(404, "No BBB API call named '" + call + "'.");
        }
        boolean formPost = rawQuery.isEmpty()
                && contentType.orElse("").toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return checkedCall(call, formPost ? body : rawQuery, formPost ? "" : body, contentType, sandboxUrl);
    }

    /** The answer of an armed fault; a hang only delays the normal answer, until it ends or is disarmed. */
    private Optional<SandboxResponse> faulty(String call, CallStats.Fault f) {
        return switch (f.mode()) {
            case BAD_GATEWAY -> Optional.of(SandboxResponse.html(502, "<html><head><title>502 Bad Gateway</title>"
                    + "</head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"));
            case HTML -> Optional.of(SandboxResponse.html(200,
                    "<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>"));
            case EMPTY -> Optional.of(SandboxResponse.xml(""));
            case HANG -> {
                try {
                    stats.hold(call, f);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield Optional.empty();
            }
        };
    }

    private SandboxResponse checkedCall(String call, String query, String body, Optional<String> contentType,
            String sandboxUrl) {
        QueryString q = null;
        boolean signed = false;
        try {
            q = QueryString.parse(query);
            String checksum = q.checksum().orElseThrow(ApiFailure::checksum);
            signed = ChecksumAlgorithm.verifies(settings::accepts, call, q.rawWithoutChecksum(), checksum,
                    settings.secret());
            if (!signed) {
                throw ApiFailure.checksum();
            }
            synchronized (registry) {
                return dispatch(call, q, body, contentType, sandboxUrl);
            }
        } catch (ApiFailure f) {
            return call.equals("join") && signed && !behindScalelite() ? MeetingCalls.joinFailure(q, f)
                    : SandboxResponse.xml(XmlResponse.failed(f.key(), f.getMessage()));
        }
    }

    private SandboxResponse dispatch(String call, QueryString q, String body, Optional<String> contentType,
            String sandboxUrl) {
        return switch (call) {
            case "create" -> {
                if (behindScalelite()) {
                    scalelite.place(q);
                }
                yield meetingCalls.create(q, body, contentType, sandboxUrl);
            }
            case "join" -> behindScalelite() ? scalelite.join(q, sandboxUrl) : meetingCalls.join(q, sandboxUrl);
            case "end" -> meetingCalls.end(q);
            case "isMeetingRunning" -> meetingCalls.isMeetingRunning(q);
            case "getMeetingInfo" -> meetingCalls.getMeetingInfo(q);
            case "getMeetings" -> meetingCalls.getMeetings();
            case "getRecordings" -> recordingCalls.getRecordings(q, behindScalelite());
            case "publishRecordings" -> recordingCalls.publishRecordings(q);
            case "deleteRecordings" -> recordingCalls.deleteRecordings(q);
            default -> recordingCalls.updateRecordings(q);
        };
    }

    private static String bbbRoot() {
        return new XmlResponse("SUCCESS").element("version", "2.0").element("apiVersion", "2.0")
                .element("bbbVersion", "3.0.0").build();
    }

    /**
     * The API root of the server behind Scalelite, which a portal may ask for its version once Scalelite's join named
     * that server: it answers as bbb-web's does (a BBB 3.0). Counted as {@link #SERVER_ROOT}; not found in BBB mode.
     */
    public SandboxResponse serverRoot() {
        if (!behindScalelite()) {
            return SandboxResponse.text(404, "Nothing in the sandbox at this address.");
        }
        stats.count(SERVER_ROOT);
        return SandboxResponse.xml(bbbRoot());
    }

    /**
     * The join of the server behind Scalelite, where Scalelite's join redirects: signed with the server's own
     * secret, it answers as bbb-web does. Not found in BBB mode.
     */
    public SandboxResponse serverJoin(String rawQuery, String sandboxUrl) {
        if (!behindScalelite()) {
            return SandboxResponse.text(404, "Nothing in the sandbox at this address.");
        }
        QueryString q = QueryString.parse(rawQuery);
        boolean signed = q.checksum().filter(c -> ChecksumAlgorithm.verifies(a -> true, "join",
                q.rawWithoutChecksum(), c, scalelite.serverSecret())).isPresent();
        try {
            if (!signed) {
                throw ApiFailure.checksum();
            }
            synchronized (registry) {
                return meetingCalls.join(q, sandboxUrl);
            }
        } catch (ApiFailure f) {
            return signed ? MeetingCalls.joinFailure(q, f)
                    : SandboxResponse.xml(XmlResponse.failed(f.key(), f.getMessage()));
        }
    }

    /** Ends expired meetings (nobody joined, everybody left, duration reached) and publishes processed recordings. */
    public void sweep() {
        synchronized (registry) {
            registry.sweep(clock.millis());
        }
    }

    /**
     * Makes the next {@code count} calls of {@code call} (or of {@link #ROOT}) fail in the given way; a count of 0
     * disarms the fault.
     *
     * @param hang how long {@link FaultMode#HANG} holds each answer back
     * @throws IllegalArgumentException for an unknown call, or a hang outside 0 to 5 minutes
     */
    public void injectFault(String call, FaultMode mode, int count, Duration hang) {
        if (!call.equals(ROOT) && !CALLS.contains(call)) {
            throw new IllegalArgumentException("No BBB API call named '" + call + "'; use one of " + CALLS
                    + " or " + ROOT);
        }
        if (hang.isNegative() || hang.compareTo(MAX_HANG) > 0) {
            throw new IllegalArgumentException("hangMillis must be 0 to " + MAX_HANG.toMillis() + " (got "
                    + hang.toMillis() + ")");
        }
        stats.arm(call, mode, count, hang);
    }

    /** The number of API calls received per name ({@link #ROOT} for the API root, {@code unknown} for others). */
    public Map<String, Long> callCounts() {
        return stats.counts();
    }

    /** The stats as JSON: {@code {"calls":{"create":2,…},"total":5,"meetings":1,"recordings":0}}. */
    public String statsJson() {
        Map<String, Long> counts = callCounts();
        synchronized (registry) {
            return Json.write(Map.of("calls", counts,
                    "total", counts.values().stream().mapToLong(Long::longValue).sum(),
                    "meetings", registry.meetings().size(),
                    "recordings", registry.recordings().size()));
        }
    }

    /**
     * What a participant's conference page shows, read at one moment; {@code waiting} are the guests in the lobby,
     * shown to moderators only.
     */
    record Conference(String meetingName, String welcome, Attendee you, List<Attendee> participants,
            List<String> presentations, List<DocumentFetch> fetches, List<BreakoutGroup> groups,
            Optional<String> logoutUrl, Optional<String> serverTag, MeetingSettings settings, List<Attendee> waiting) {
    }

    /** What a guest's page shows while they wait in the lobby, or once a moderator denied them. */
    record Lobby(String meetingName, String fullName, boolean denied) {
    }

    /** A published recording's playback page. */
    record Playback(String name, long startTime, long endTime) {
    }

    Optional<Conference> conference(String sessionToken) {
        synchronized (registry) {
            return registry.meetingOfSession(sessionToken).map(m -> {
                Attendee you = m.attendee(sessionToken).orElseThrow();
                return new Conference(m.spec().name(), m.spec().welcome(), you, List.copyOf(m.attendees()),
                        m.spec().presentations().stream().map(Presentation::name).toList(), m.fetches(),
                        m.spec().groups(), you.logoutUrl().or(() -> m.spec().logoutUrl()),
                        Optional.ofNullable(m.spec().metadata().get("server-tag")), m.spec().settings(),
                        you.moderator() ? List.copyOf(m.lobby()) : List.of());
            });
        }
    }

    Optional<Lobby> lobby(String sessionToken) {
        synchronized (registry) {
            return registry.meetingOfGuest(sessionToken).map(m -> new Lobby(m.spec().name(),
                    m.waiting(sessionToken).map(Attendee::fullName).orElse(""), m.wasDenied(sessionToken)));
        }
    }

    /** A moderator of the session's meeting admits or denies a waiting guest; says whether it was done. */
    boolean decideGuest(String moderatorSession, String guestUserId, boolean admit) {
        synchronized (registry) {
            return registry.meetingOfSession(moderatorSession)
                    .filter(m -> m.attendee(moderatorSession).map(Attendee::moderator).orElse(false))
                    .map(m -> m.decide(guestUserId, admit, clock.millis())).orElse(false);
        }
    }

    /** The participant leaves; the meeting goes on. */
    void leave(String sessionToken) {
        synchronized (registry) {
            registry.meetingOfSession(sessionToken).ifPresent(m -> m.leave(sessionToken, clock.millis()));
        }
    }

    /** Ends the meeting of this session when it is a moderator's; says whether it did. */
    boolean endMeetingOf(String sessionToken) {
        synchronized (registry) {
            Optional<Meeting> meeting = registry.meetingOfSession(sessionToken)
                    .filter(m -> m.attendee(sessionToken).map(Attendee::moderator).orElse(false));
            meeting.ifPresent(m -> registry.end(m, clock.millis()));
            return meeting.isPresent();
        }
    }

    Optional<Playback> playback(String recordId) {
        synchronized (registry) {
            return registry.recording(recordId).filter(Recording::published)
                    .map(r -> new Playback(r.name(), r.startTime(), r.endTime()));
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
